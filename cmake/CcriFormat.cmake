# `cmake --build build --target format` applies .clang-format to every C++ file we own.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
  file(GLOB_RECURSE CCRI_FORMAT_FILES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
       ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
       ${CMAKE_SOURCE_DIR}/sandbox/*.cpp ${CMAKE_SOURCE_DIR}/sandbox/*.h
       ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
       ${CMAKE_SOURCE_DIR}/bench/*.cpp ${CMAKE_SOURCE_DIR}/bench/*.h)
  add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${CCRI_FORMAT_FILES}
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "Applying .clang-format")
  add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run -Werror ${CCRI_FORMAT_FILES}
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "Checking .clang-format")
endif()
