# ccri_add_test(<name> SOURCES a.cpp ... LIBS lib ... [GUI] [WEBENGINE] [TIMEOUT s])
# One executable per test, linking the same static libraries the app links.
# GUI tests need a display (scripts/test runs everything under xvfb-run).
# WEBENGINE tests share one resource lock, so two Chromium instances never start at once on 2 cores;
# under CCRI_SANITIZE they alone run with ASan's new_delete_type_mismatch check off.
function(ccri_add_test name)
  cmake_parse_arguments(T "GUI;WEBENGINE" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ccri_test_support ${T_LIBS})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(env "CCRI_SOURCE_DIR=${CCRI_SOURCE_DIR}" "CCRI_BINARY_DIR=${CMAKE_BINARY_DIR}")
  if(NOT T_GUI AND NOT T_WEBENGINE)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
  if(T_WEBENGINE)
    set_tests_properties(${name} PROPERTIES RESOURCE_LOCK webengine)
    if(CCRI_SANITIZE)
      # Chromium inside QtWebEngineCore (not instrumented, not ours) frees some objects through a base
      # type of another size: ASan reports new-delete-type-mismatch on the first sign-in window. Off for
      # these tests only, appended to whatever ASAN_OPTIONS the run has (scripts/test: detect_leaks=0).
      set_tests_properties(${name} PROPERTIES ENVIRONMENT_MODIFICATION
                                              "ASAN_OPTIONS=string_append::new_delete_type_mismatch=0")
    endif()
  endif()
endfunction()
