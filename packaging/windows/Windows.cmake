# Windows: NSIS installer (included by packaging/Packaging.cmake under WIN32). NOT TRIED HERE:
# see packaging/README.md. Build with MSVC and the Qt of jurplel/install-qt-action (or any Qt 6
# with Qt WebEngine), then `cpack -G NSIS` in the build directory (needs NSIS 3 on PATH).

# The executable's version resource (and icon, once packaging/windows/pkb-link.ico exists):
# version from project(VERSION).
set(PKBLINK_RC_ICON "")
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/pkb-link.ico)
    set(PKBLINK_RC_ICON "IDI_ICON1 ICON \"${CMAKE_CURRENT_LIST_DIR}/pkb-link.ico\"")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/pkb-link.rc.in ${PROJECT_BINARY_DIR}/packaging/pkb-link.rc @ONLY)
target_sources(pkb-link PRIVATE ${PROJECT_BINARY_DIR}/packaging/pkb-link.rc)

# windeployqt sits next to qmake in Qt's bin directory.
get_target_property(pkblink_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(pkblink_qt_bin_dir "${pkblink_qmake}" DIRECTORY)
find_program(PKBLINK_WINDEPLOYQT windeployqt HINTS "${pkblink_qt_bin_dir}" REQUIRED)

# Folders holding the non-Qt DLLs pkb-link needs (QtKeychain, libsodium): windeployqt only copies
# Qt's own. Defaults: next to the import libraries CMake found, and their ../bin (vcpkg layout).
set(pkblink_dll_dirs)
foreach(config RELEASE RELWITHDEBINFO NOCONFIG "")
    if(config)
        set(config "_${config}")
    endif()
    get_target_property(keychain_lib Qt6Keychain::Qt6Keychain IMPORTED_LOCATION${config})
    if(keychain_lib)
        get_filename_component(keychain_dir "${keychain_lib}" DIRECTORY)
        list(APPEND pkblink_dll_dirs "${keychain_dir}" "${keychain_dir}/../bin")
    endif()
endforeach()
foreach(sodium_dir IN LISTS SODIUM_LIBRARY_DIRS)
    list(APPEND pkblink_dll_dirs "${sodium_dir}" "${sodium_dir}/../bin")
endforeach()
list(REMOVE_DUPLICATES pkblink_dll_dirs)
set(PKBLINK_DEPLOY_DLL_DIRS "${pkblink_dll_dirs}" CACHE STRING
    "Folders searched for the non-Qt DLLs copied next to pkb-link.exe")

configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy-qt.cmake.in
    ${PROJECT_BINARY_DIR}/packaging/deploy-qt.cmake @ONLY)
install(SCRIPT ${PROJECT_BINARY_DIR}/packaging/deploy-qt.cmake COMPONENT ${PKBLINK_PACKAGE_COMPONENT})

# The MSVC run-time DLLs (vcruntime140.dll, msvcp140.dll...) next to the executable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT ${PKBLINK_PACKAGE_COMPONENT})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "PKB Link")
set(CPACK_NSIS_DISPLAY_NAME "PKB Link")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pkb-link.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_MUI_FINISHPAGE_RUN pkb-link.exe)
# An .ico is optional: none is in the repository yet (see packaging/README.md).
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/pkb-link.ico)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/pkb-link.ico)
    set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/pkb-link.ico)
endif()
