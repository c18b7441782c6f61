# One INTERFACE target carries the compile policy; every target of the project links it,
# so warnings and Qt's safety macros are the same everywhere.
add_library(discue_compile_policy INTERFACE)

target_compile_definitions(discue_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DISCUE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(discue_compile_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    # GCC 12 at -O2/-O3 reports std::optional members as "maybe uninitialized" after
    # inlining (GCC bug 80635), dozens of times per file on correct code; -Wuninitialized
    # and clang's checks stay on.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(discue_compile_policy INTERFACE -Wno-maybe-uninitialized)
    endif()
    if(DISCUE_WERROR)
        target_compile_options(discue_compile_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(discue_compile_policy INTERFACE /W4 /permissive- /utf-8)
    if(DISCUE_WERROR)
        target_compile_options(discue_compile_policy INTERFACE /WX)
    endif()
endif()

# Sanitizers for the asan preset: the whole tree, tests included, is built with them.
option(DISCUE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(DISCUE_SANITIZE)
    target_compile_options(discue_compile_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(discue_compile_policy INTERFACE -fsanitize=address,undefined)
    # Tests with time limits scale them: sanitized code runs several times slower.
    target_compile_definitions(discue_compile_policy INTERFACE DISCUE_SANITIZED=1)
endif()

# ELF: the dynamic loader resolves every symbol of every library by searching the libraries in
# the program's order, and most of Qt's references go to QtCore, libstdc++ and libc. Named
# first (positional linker inputs: CMake would move libraries to after their users), they
# take about 0.6 ms off each start of the console (--version, 60 interleaved pairs). The
# start-up benchmark's minimal window is linked the same way.
function(discue_link_qt_first target)
    if(UNIX AND NOT APPLE)
        target_link_libraries(${target} PRIVATE
            "-Wl,$<TARGET_FILE:Qt6::Core>" "-Wl,-lstdc++" "-Wl,-lc"
            "-Wl,$<TARGET_FILE:Qt6::Gui>" "-Wl,$<TARGET_FILE:Qt6::Widgets>")
    endif()
endfunction()
