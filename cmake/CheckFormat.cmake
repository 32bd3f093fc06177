# Checks that every C++ source under app/, core/, ui/ and tests/ (not tests/data) is formatted
# with the repository's .clang-format.
#
# Usage: cmake -DSOURCE_DIR=<repository root> -DCLANG_FORMAT=<clang-format executable> -P CheckFormat.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "CheckFormat: pass -DSOURCE_DIR=<repository root>")
endif()
if(NOT DEFINED CLANG_FORMAT OR CLANG_FORMAT STREQUAL "" OR CLANG_FORMAT MATCHES "-NOTFOUND$")
    message(FATAL_ERROR "CheckFormat: clang-format was not found. Install it (Debian 12: "
                        "apt-get install clang-format) and configure again, or pass -DCLANG_FORMAT=<path>.")
endif()
if(NOT EXISTS "${SOURCE_DIR}/.clang-format")
    message(FATAL_ERROR "CheckFormat: ${SOURCE_DIR}/.clang-format is missing")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*" "${SOURCE_DIR}/core/*" "${SOURCE_DIR}/ui/*" "${SOURCE_DIR}/tests/*")
list(FILTER files INCLUDE REGEX "\\.(h|cpp)$")
list(FILTER files EXCLUDE REGEX "^tests/data/")
list(SORT files)
list(LENGTH files file_count)

# clang-format runs in batches (one process per file is slow); it names each file it would change.
set(unformatted "")
set(batch "")
set(index 0)
foreach(file IN LISTS files)
    list(APPEND batch "${file}")
    math(EXPR index "${index} + 1")
    list(LENGTH batch batch_size)
    if(batch_size EQUAL 50 OR index EQUAL file_count)
        execute_process(
            COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${batch}
            WORKING_DIRECTORY "${SOURCE_DIR}"
            RESULT_VARIABLE result
            OUTPUT_QUIET
            ERROR_VARIABLE errors)
        if(NOT result EQUAL 0)
            set(found FALSE)
            foreach(candidate IN LISTS batch)
                string(FIND "\n${errors}" "\n${candidate}:" position)
                if(NOT position EQUAL -1)
                    list(APPEND unformatted "${candidate}")
                    set(found TRUE)
                endif()
            endforeach()
            if(NOT found)
                message(FATAL_ERROR "CheckFormat: '${CLANG_FORMAT}' failed (${result}):\n${errors}")
            endif()
        endif()
        set(batch "")
    endif()
endforeach()

if(NOT unformatted STREQUAL "")
    list(LENGTH unformatted count)
    list(JOIN unformatted "\n  " listed)
    list(JOIN unformatted " " arguments)
    message(FATAL_ERROR "Format check failed: ${count} of ${file_count} files are not clang-formatted:\n"
                        "  ${listed}\n"
                        "To fix them, from ${SOURCE_DIR} run:\n"
                        "  clang-format -i ${arguments}")
endif()
message(STATUS "Format check passed: ${file_count} files")
