# CTest cuts a discovered test's name at a semicolon (it is CMake's list separator), and the cut
# name then matches no test case, so the test passes without running. This check fails when a
# TEST_CASE name holds one.
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
  foreach(line IN LISTS lines)
    string(APPEND offenders "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "test names must not contain ';':${offenders}")
endif()
