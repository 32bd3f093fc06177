# Checks the one-way dependency rules of DESIGN.md section 3 (app -> ui -> core):
#   (a) core/ includes no QtWidgets header;
#   (b) core/ outside core/report/ includes no QtGui header;
#   (c) outside core/storage/ (app/, ui/, core/) nothing includes sqlite3.h or holds SQL in a string literal;
#   (e) core/ includes nothing from ui/ or app/, and ui/ nothing from app/.
# tests/ is not checked: tests may use anything.
#
# Usage: cmake -DSOURCE_DIR=<repository root> -DQT_INCLUDE_DIR=<Qt 6 include root> -P CheckLayering.cmake
# QT_INCLUDE_DIR is the directory that holds QtCore/, QtGui/ and QtWidgets/,
# e.g. /usr/include/x86_64-linux-gnu/qt6 on Debian 12.
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS SOURCE_DIR QT_INCLUDE_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "CheckLayering: pass -D${var}=<dir>")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "CheckLayering: SOURCE_DIR '${SOURCE_DIR}' is not a directory")
endif()

# Names of the headers of a Qt module (QWidget, qwidget.h, QtWidgets, ...), globbed from its include dir.
function(pc_qt_module_headers module out)
    if(NOT IS_DIRECTORY "${QT_INCLUDE_DIR}/${module}")
        message(FATAL_ERROR "CheckLayering: '${QT_INCLUDE_DIR}/${module}' not found; "
                            "QT_INCLUDE_DIR must be the Qt 6 include root")
    endif()
    file(GLOB paths LIST_DIRECTORIES false "${QT_INCLUDE_DIR}/${module}/*")
    set(names "")
    foreach(path IN LISTS paths)
        get_filename_component(name "${path}" NAME)
        list(APPEND names "${name}")
    endforeach()
    if(names STREQUAL "")
        message(FATAL_ERROR "CheckLayering: no headers found in '${QT_INCLUDE_DIR}/${module}'")
    endif()
    set(${out} "${names}" PARENT_SCOPE)
endfunction()

pc_qt_module_headers(QtWidgets widgets_headers)
pc_qt_module_headers(QtGui gui_headers)

set(include_regex "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
# SQL statements in a string literal (case-sensitive, as SQL is written in core/storage/).
set(sql_regex "SELECT( |$)|INSERT (OR [A-Z]+ )?INTO|UPDATE .* SET( |$)|DELETE FROM|CREATE (UNIQUE |VIRTUAL |TEMP |TEMPORARY )?(TABLE|INDEX)|ALTER TABLE|DROP (TABLE|INDEX)|PRAGMA ")
# Any text that might hold one of the SQL keywords above; lines are scanned only when this matches.
set(sql_hint_regex "SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA")

# The reason an #include in file `rel` (path relative to SOURCE_DIR) breaks a rule, or "".
function(pc_include_violation rel header open out)
    if(open STREQUAL "<")
        set(shown "<${header}>")
    else()
        set(shown "\"${header}\"")
    endif()
    string(REGEX REPLACE "^(\\./|\\.\\./)+" "" target "${header}")
    set(reason "")
    if(rel MATCHES "^core/")
        if(header IN_LIST widgets_headers OR header MATCHES "(^|/)QtWidgets(/|$)")
            set(reason "includes QtWidgets header ${shown}: core/ must not use QtWidgets")
        elseif(NOT rel MATCHES "^core/report/"
               AND (header IN_LIST gui_headers OR header MATCHES "(^|/)QtGui(/|$)"))
            set(reason "includes QtGui header ${shown}: only core/report/ may use QtGui in core/")
        elseif(open STREQUAL "\"" AND target MATCHES "^(ui|app)/")
            set(reason "includes ${shown}: core/ must not depend on ui/ or app/")
        endif()
    elseif(rel MATCHES "^ui/" AND open STREQUAL "\"" AND target MATCHES "^app/")
        set(reason "includes ${shown}: ui/ must not depend on app/")
    endif()
    if(reason STREQUAL "" AND NOT rel MATCHES "^core/storage/" AND header MATCHES "(^|/)sqlite3(ext)?\\.h$")
        set(reason "includes ${shown}: only core/storage/ may use sqlite3")
    endif()
    set(${out} "${reason}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*" "${SOURCE_DIR}/ui/*" "${SOURCE_DIR}/core/*")
list(FILTER files INCLUDE REGEX "\\.(h|hh|hpp|hxx|inl|c|cc|cpp|cxx)$")
list(SORT files)
list(LENGTH files file_count)

# Stand-ins for characters that CMake lists cannot carry; restored only for messages.
string(ASCII 1 BACKSLASH)
string(ASCII 2 SEMICOLON)
string(ASCII 3 LBRACKET)
string(ASCII 4 RBRACKET)

set(violations "")
foreach(rel IN LISTS files)
    file(READ "${SOURCE_DIR}/${rel}" content)

    # Cheap pre-checks: scan line by line only when a rule might be broken.
    set(scan FALSE)
    file(STRINGS "${SOURCE_DIR}/${rel}" include_lines REGEX "${include_regex}")
    foreach(line IN LISTS include_lines)
        if(line MATCHES "${include_regex}")
            pc_include_violation("${rel}" "${CMAKE_MATCH_2}" "${CMAKE_MATCH_1}" reason)
            if(NOT reason STREQUAL "")
                set(scan TRUE)
            endif()
        endif()
    endforeach()
    set(check_sql FALSE)
    if(NOT rel MATCHES "^core/storage/" AND content MATCHES "${sql_hint_regex}")
        set(check_sql TRUE)
        set(scan TRUE)
    endif()
    if(NOT scan)
        continue()
    endif()

    string(REPLACE "\\" "${BACKSLASH}" content "${content}")
    string(REPLACE ";" "${SEMICOLON}" content "${content}")
    string(REPLACE "[" "${LBRACKET}" content "${content}")
    string(REPLACE "]" "${RBRACKET}" content "${content}")
    string(REPLACE "\r" "" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        set(reason "")
        if(line MATCHES "${include_regex}")
            pc_include_violation("${rel}" "${CMAKE_MATCH_2}" "${CMAKE_MATCH_1}" reason)
        elseif(check_sql AND NOT line MATCHES "^[ \t]*(//|/\\*|\\*)")
            # Drop escaped backslashes and quotes and the character literal '"', then take the literals.
            string(REPLACE "${BACKSLASH}${BACKSLASH}" "" code "${line}")
            string(REPLACE "${BACKSLASH}\"" "" code "${code}")
            string(REPLACE "'\"'" "" code "${code}")
            string(REGEX MATCHALL "\"[^\"]*\"" literals "${code}")
            foreach(literal IN LISTS literals)
                string(REGEX REPLACE "^\"(.*)\"$" "\\1" text "${literal}")
                if(text MATCHES "${sql_regex}")
                    string(LENGTH "${literal}" length)
                    if(length GREATER 60)
                        string(SUBSTRING "${literal}" 0 57 literal)
                        string(APPEND literal "...")
                    endif()
                    set(reason "SQL in a string literal (${literal}): only core/storage/ may hold SQL")
                    break()
                endif()
            endforeach()
        endif()
        if(NOT reason STREQUAL "")
            list(APPEND violations "${rel}:${number}: ${reason}")
        endif()
    endforeach()
endforeach()

if(NOT violations STREQUAL "")
    list(LENGTH violations count)
    list(JOIN violations "\n  " text)
    string(REPLACE "${BACKSLASH}" "\\" text "${text}")
    string(REPLACE "${SEMICOLON}" ";" text "${text}")
    string(REPLACE "${LBRACKET}" "[" text "${text}")
    string(REPLACE "${RBRACKET}" "]" text "${text}")
    message(FATAL_ERROR "Layering check failed: ${count} violation(s) in ${file_count} files "
                        "(DESIGN.md section 3: app -> ui -> core; QtGui only in core/report; "
                        "SQL and sqlite3 only in core/storage):\n  ${text}")
endif()
message(STATUS "Layering check passed: ${file_count} files")
