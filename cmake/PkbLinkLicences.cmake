# The licence texts the app shows (About) and the packages carry, made once at configure time in
# ${PKBLINK_LICENCES_DIR}:
#   LICENSE          PKB Link's own licence (MIT), copied from the top-level LICENSE
#   copyright        machine-readable Debian copyright file (DEP-5) of PKB Link and the
#                    third-party software it is built on, from resources/licences/copyright.in
#   LGPL-3.0-only.txt the full LGPL-3.0 and GPL-3.0 texts (Qt's licence), for the About window
# ui/CMakeLists.txt compiles them into the app under :/licences; packaging/Packaging.cmake
# installs the copyright file.
set(PKBLINK_LICENCES_DIR ${PROJECT_BINARY_DIR}/licences)
set(PKBLINK_LICENCE_FILES
    ${PKBLINK_LICENCES_DIR}/LICENSE
    ${PKBLINK_LICENCES_DIR}/copyright
    ${PKBLINK_LICENCES_DIR}/LGPL-3.0-only.txt)

configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PKBLINK_LICENCES_DIR}/LICENSE COPYONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/licences/LGPL-3.0-only.txt
    ${PKBLINK_LICENCES_DIR}/LGPL-3.0-only.txt COPYONLY)

# The MIT paragraph of the copyright file is the licence text of LICENSE (from "Permission"),
# in DEP-5 continuation form: every line indented by one space, empty lines as " .".
file(READ ${PROJECT_SOURCE_DIR}/LICENSE pkblink_licence)
string(FIND "${pkblink_licence}" "Permission is hereby granted" pkblink_permission)
if(pkblink_permission LESS 0)
    message(FATAL_ERROR "LICENSE does not hold the MIT permission notice")
endif()
string(SUBSTRING "${pkblink_licence}" ${pkblink_permission} -1 pkblink_licence)
string(STRIP "${pkblink_licence}" pkblink_licence)
string(REPLACE "\n\n" "\n.\n" pkblink_licence "${pkblink_licence}")
string(REPLACE "\n" "\n " PKBLINK_MIT_TEXT " ${pkblink_licence}")
configure_file(${PROJECT_SOURCE_DIR}/resources/licences/copyright.in
    ${PKBLINK_LICENCES_DIR}/copyright @ONLY)
