# Project-wide compile settings, applied per target (never globally).
function(pc_configure_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        PC_VERSION_STRING="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(PC_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(PC_ASAN)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# pc_add_test(NAME SOURCES... LIBS ... [GUI]): one Catch2 executable per area, registered with CTest.
function(pc_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    pc_configure_target(${name})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE ${ARG_LIBS} pc_gui_test_main)
    else()
        target_link_libraries(${name} PRIVATE ${ARG_LIBS} pc_test_main)
    endif()
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    set(env "PC_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" "PC_BIN_DIR=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    # A case that hangs (a modal dialog nobody closes) fails after two minutes instead of using up CI.
    catch_discover_tests(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 120)
endfunction()
