# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
# Fails when a committed .ts has unfinished, obsolete or vanished entries, or when lupdate would
# change it (new strings in the code, or strings the code no longer has).
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "${var} not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB committed_files "${SOURCE_DIR}/translations/pkb-link_*.ts")
if(NOT committed_files)
    message(FATAL_ERROR "no translations/pkb-link_*.ts found")
endif()

# The messages of a .ts that are unfinished, obsolete or vanished: "type: source" per entry.
function(unfinished_entries file out)
    file(READ "${file}" text)
    # One list item per message (semicolons in the text would split items: mask them).
    string(REPLACE ";" "@SEMICOLON@" text "${text}")
    string(REPLACE "<message" ";<message" messages "${text}")
    set(result "")
    foreach(message IN LISTS messages)
        if(NOT message MATCHES "^<message")
            continue()
        endif()
        if(message MATCHES "<translation[^>]*type=\"(unfinished|obsolete|vanished)\"")
            set(type "${CMAKE_MATCH_1}")
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
            set(source "${CMAKE_MATCH_1}")
            foreach(pair "amp=&" "lt=<" "gt=>" "apos='" "quot=\"")
                string(REGEX MATCH "^([a-z]+)=(.*)$" _ "${pair}")
                string(REPLACE "&${CMAKE_MATCH_1}@SEMICOLON@" "${CMAKE_MATCH_2}" source "${source}")
            endforeach()
            string(REPLACE "@SEMICOLON@" "," source "${source}")
            list(APPEND result "${type}: ${source}")
        endif()
    endforeach()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

set(problems "")
set(copies "")
foreach(ts IN LISTS committed_files)
    get_filename_component(name "${ts}" NAME)
    unfinished_entries("${ts}" entries)
    foreach(entry IN LISTS entries)
        list(APPEND problems "${name} (committed) ${entry}")
    endforeach()
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# Exactly how the lead generates them, on the copies.
execute_process(
    COMMAND "${LUPDATE}" app ui -locations none -ts ${copies}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()

foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    # New strings come in unfinished, strings the code lost turn vanished.
    unfinished_entries("${copy}" entries)
    foreach(entry IN LISTS entries)
        list(APPEND problems "${name} (after lupdate) ${entry}")
    endforeach()
    file(READ "${copy}" updated)
    file(READ "${SOURCE_DIR}/translations/${name}" original)
    if(NOT updated STREQUAL original AND NOT entries)
        list(APPEND problems "${name}: lupdate would change the file (run lupdate and commit)")
    endif()
endforeach()

list(REMOVE_DUPLICATES problems)
list(LENGTH problems count)
if(count GREATER 0)
    string(REPLACE ";" "\n  " listing "${problems}")
    message(FATAL_ERROR "translations are not up to date (${count}):\n  ${listing}\n"
        "Regenerate with: lupdate app ui -locations none -ts translations/pkb-link_cy.ts "
        "translations/pkb-link_pl.ts translations/pkb-link_ur.ts, then translate.")
endif()
message(STATUS "translations up to date: ${committed_files}")
