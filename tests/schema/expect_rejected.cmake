# Runs xmllint on BANK (a bank or a blueprint file) against SCHEMA and succeeds only when
# validation itself fails (exit code 3, not a broken schema or a malformed file) with the message
# named by the file's "<!-- expect: ... -->" comment.
file(READ "${BANK}" content)
if(NOT content MATCHES "<!-- expect: ([^\n]*) -->")
  message(FATAL_ERROR "${BANK} has no <!-- expect: ... --> comment")
endif()
set(expected "${CMAKE_MATCH_1}")

execute_process(
  COMMAND "${XMLLINT}" --noout --schema "${SCHEMA}" "${BANK}"
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)

if(NOT exit_code EQUAL 3)
  message(FATAL_ERROR "xmllint exited with ${exit_code}, expected 3 (invalid):\n${output}")
endif()
string(FIND "${output}" "${expected}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "xmllint rejected the file, but not with \"${expected}\":\n${output}")
endif()
