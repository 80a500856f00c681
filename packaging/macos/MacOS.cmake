# macOS: signed .app bundle in a DMG (included by packaging/Packaging.cmake under APPLE). NOT TRIED
# HERE: see packaging/README.md. `cpack -G DragNDrop` in the build directory.

# The bundle's Info.plist (main/CMakeLists.txt builds pkb-link with MACOSX_BUNDLE ON); both
# bundle versions are project(VERSION).
set_target_properties(pkb-link PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "PKB Link"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${PKBLINK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 The PKB Link developers. MIT licence.")

# macdeployqt sits next to qmake in Qt's bin directory.
get_target_property(pkblink_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(pkblink_qt_bin_dir "${pkblink_qmake}" DIRECTORY)
find_program(PKBLINK_MACDEPLOYQT macdeployqt HINTS "${pkblink_qt_bin_dir}" REQUIRED)

# "-" signs ad hoc (runs on the build machine only); a release sets its Developer ID here.
set(PKBLINK_CODESIGN_IDENTITY "-" CACHE STRING "codesign identity for the .app bundle")
set(PKBLINK_ENTITLEMENTS ${CMAKE_CURRENT_LIST_DIR}/pkb-link.entitlements)

configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy-qt.cmake.in
    ${PROJECT_BINARY_DIR}/packaging/deploy-qt.cmake @ONLY)
install(SCRIPT ${PROJECT_BINARY_DIR}/packaging/deploy-qt.cmake COMPONENT ${PKBLINK_PACKAGE_COMPONENT})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "PKB Link")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "PKB-Link-${PROJECT_VERSION}-macOS")
