# One place for the compile rules every target of ours follows (tests included).
function(pkblink_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_MESSAGELOGCONTEXT)
    # The oldest Qt we support (6.4): APIs deprecated by then are gone, later deprecations warn.
    # Qt 6.5 and later read _UP_TO; 6.4 knows only _BEFORE (and its command lines stay as they were).
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
            -Woverloaded-virtual -Werror=switch -Werror=return-type)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            # GCC 12 at -O2 reports std::variant members (our Result<T>) as "maybe uninitialized"
            # and QPointer reads after a null check as null dereferences: known false positives
            # that would bury real warnings in release builds. -Wuninitialized stays on.
            target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    endif()
    if(PKBLINK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
