# discue_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [GUI] [LABELS <labels...>] [TIMEOUT <s>])
# Builds tst_<name> and registers it as a CTest test.
function(discue_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(tst_${name} ${ARG_SOURCES})
    target_link_libraries(tst_${name} PRIVATE Qt6::Test discue_compile_policy ${ARG_LIBRARIES})
    target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND tst_${name})
    set(env "QT_QPA_PLATFORM=offscreen" "HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}"
            "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}/.config"
            "QT_LOGGING_RULES=discue.*.debug=true"
            # Tests read English texts; a developer's German desktop must not change them.
            "LANGUAGE=en")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
