# CCRI_FUZZ=ON: every library is instrumented for libFuzzer with AddressSanitizer and
# UndefinedBehaviorSanitizer; the fuzz targets of tests/fuzz link them with -fsanitize=fuzzer.
# Configure in its own build folder (scripts/fuzz uses build-fuzz/) and build only the fuzzers.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CCRI_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
if(CCRI_SANITIZE)
  message(FATAL_ERROR "CCRI_FUZZ already sanitizes; leave CCRI_SANITIZE off")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
# The g++ build is the -Werror gate; clang's extra warnings must not stop a fuzzing run.
add_compile_options(-Wno-error)
