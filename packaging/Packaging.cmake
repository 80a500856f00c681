# Installation layout and CPack packages (included at the end of the top-level CMakeLists.txt).
#   Linux:   a Debian package (cpack -G DEB), checked by tests/packaging/test-deb.sh.
#   Windows: an NSIS installer after windeployqt (packaging/windows/, not tried here).
#   macOS:   a DMG of the .app bundle after macdeployqt and signing (packaging/macos/, not tried here).
# See packaging/README.md.
include(GNUInstallDirs)

# One reverse-DNS id for the desktop file, the icon and the AppStream component.
set(PKBLINK_APP_ID "org.pkblink.PkbLink")
include(${CMAKE_CURRENT_LIST_DIR}/ReleaseNotes.cmake)

# The distributor sets this once: the Debian package's Maintainer, and the AppStream metainfo's
# developer and update_contact (name and address taken apart here).
set(PKBLINK_PACKAGE_MAINTAINER "PKB Link developers <maintainers@pkblink.org>" CACHE STRING
    "Maintainer (Name <email>) of the packages: Debian Maintainer, AppStream developer and contact")
if(NOT PKBLINK_PACKAGE_MAINTAINER MATCHES "^([^<>]*[^<> ]) *<([^<> ]+@[^<> ]+)>$")
    message(FATAL_ERROR "PKBLINK_PACKAGE_MAINTAINER is \"${PKBLINK_PACKAGE_MAINTAINER}\": "
        "it must read \"Name <email>\"")
endif()
set(PKBLINK_MAINTAINER_EMAIL "${CMAKE_MATCH_2}")
pkblink_xml_text("${CMAKE_MATCH_1}" PKBLINK_MAINTAINER_NAME)

# Release date and notes of PROJECT_VERSION, from CHANGELOG.md (the metainfo's <releases>).
pkblink_release_notes(${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_VERSION}
    PKBLINK_RELEASE_DATE PKBLINK_RELEASE_NOTES)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)

# Packages hold this install component only: nothing else (pkb-sandbox, tests, benchmarks) can end
# up in them, whatever install rules other folders add. main/CMakeLists.txt installs pkb-link in it.
set(PKBLINK_PACKAGE_COMPONENT app)

# Width and height of a PNG, read from its IHDR chunk (bytes 16..23).
function(pkblink_png_size file out_width out_height)
    file(READ "${file}" header HEX OFFSET 16 LIMIT 8)
    string(SUBSTRING "${header}" 0 8 width_hex)
    string(SUBSTRING "${header}" 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    set(${out_width} ${width} PARENT_SCOPE)
    set(${out_height} ${height} PARENT_SCOPE)
endfunction()

# Installs a hicolor theme PNG, but only if it really has the size its folder names.
function(pkblink_install_hicolor_png file size)
    if(NOT EXISTS "${file}")
        message(STATUS "Packaging: no ${size}x${size} icon (${file})")
        return()
    endif()
    pkblink_png_size("${file}" width height)
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(WARNING "Packaging: ${file} is ${width}x${height}, not ${size}x${size}: not installed")
        return()
    endif()
    install(FILES "${file}"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${PKBLINK_APP_ID}.png
        COMPONENT ${PKBLINK_PACKAGE_COMPONENT})
endfunction()

if(UNIX AND NOT APPLE)
    set(pkblink_linux_dir ${PROJECT_SOURCE_DIR}/resources/linux)
    set(pkblink_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

    install(FILES ${pkblink_linux_dir}/${PKBLINK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT ${PKBLINK_PACKAGE_COMPONENT})

    configure_file(${pkblink_linux_dir}/${PKBLINK_APP_ID}.metainfo.xml.in
        ${PROJECT_BINARY_DIR}/packaging/${PKBLINK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${PKBLINK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT ${PKBLINK_PACKAGE_COMPONENT})

    foreach(size 16 32 48 64 128)
        pkblink_install_hicolor_png(${pkblink_icons_dir}/pkb-link-${size}.png ${size})
    endforeach()

    # 256x256: resources/icons/pkb-link.png is that size today; otherwise render the SVG at
    # configure time if rsvg-convert is there, else ship no 256 icon.
    set(pkblink_icon_256 ${pkblink_icons_dir}/pkb-link.png)
    pkblink_png_size(${pkblink_icon_256} width height)
    if(NOT width EQUAL 256 OR NOT height EQUAL 256)
        set(pkblink_icon_256 ${PROJECT_BINARY_DIR}/packaging/icons/pkb-link-256.png)
        find_program(PKBLINK_RSVG_CONVERT rsvg-convert)
        if(PKBLINK_RSVG_CONVERT)
            file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/packaging/icons)
            execute_process(
                COMMAND ${PKBLINK_RSVG_CONVERT} -w 256 -h 256 -o ${pkblink_icon_256}
                    ${pkblink_icons_dir}/pkb-link.svg
                RESULT_VARIABLE rsvg_result)
            if(NOT rsvg_result EQUAL 0)
                file(REMOVE ${pkblink_icon_256})
            endif()
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                ${pkblink_icons_dir}/pkb-link.svg)
        endif()
    endif()
    pkblink_install_hicolor_png(${pkblink_icon_256} 256)

    install(FILES ${pkblink_icons_dir}/pkb-link.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${PKBLINK_APP_ID}.svg
        COMPONENT ${PKBLINK_PACKAGE_COMPONENT})

    # Machine-readable copyright file (DEP-5) of PKB Link and the third-party software it uses,
    # made by cmake/PkbLinkLicences.cmake (the About window shows the same file).
    install(FILES ${PKBLINK_LICENCES_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pkb-link
        COMPONENT ${PKBLINK_PACKAGE_COMPONENT})
endif()

# Common package metadata.
set(CPACK_PACKAGE_NAME pkb-link)
set(CPACK_PACKAGE_VENDOR "PKB Link")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Link your Patients Know Best record to a desktop app")
set(CPACK_PACKAGE_DESCRIPTION
    "PKB Link lets a patient create a local account, grant the app access to their Patients Know "
    "Best (PKB) record on PKB's own pages, and then see their details whenever they sign in. "
    "Tokens are kept in the operating system's keychain.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
# The licence the Windows installer shows before installing (CPack's default is CMake's own).
set(CPACK_RESOURCE_FILE_LICENSE ${PKBLINK_LICENCES_DIR}/LICENSE)
set(CPACK_PACKAGE_CONTACT ${PKBLINK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PKB Link")
set(CPACK_PACKAGE_EXECUTABLES pkb-link "PKB Link")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_CMAKE_PROJECTS
    "${PROJECT_BINARY_DIR};${PROJECT_NAME};${PKBLINK_PACKAGE_COMPONENT};/")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/" "/\\\\.cache/" "\\\\.user$")

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME pkb-link)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${PKBLINK_PACKAGE_MAINTAINER})
    set(CPACK_DEBIAN_PACKAGE_SECTION medical)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # dpkg-shlibdeps adds the Qt, QtKeychain and libsodium libraries; it cannot see plugins the
    # app loads at run time (the SQLite driver of the account store).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    # A Secret Service provider for the tokens; Noto fonts so Urdu (and Welsh diacritics) render fully.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-noto-core")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
