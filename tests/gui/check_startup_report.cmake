# Runs tqm-trainer --report-startup and checks what it reports about itself: the window was
# usable without any OpenGL library mapped (GTK maps OpenGL, and with Mesa's software renderer
# LLVM, about 50 MB, unless the client asks it not to), and the banks were read and shown with
# the resident memory and its peak reported.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=GDK_GL
          "${WITH_DISPLAY}" "${TRAINER}" --banks "${BANKS}" --db "${OUT}/startup.db" --report-startup
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors
  TIMEOUT 100)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tqm-trainer --report-startup exited with ${result}\n${output}\n${errors}")
endif()
if(NOT output MATCHES "report window_ms=[0-9.]+ rss_mb=[0-9.]+ opengl=([01])")
  message(FATAL_ERROR "no window report in the output:\n${output}\n${errors}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL "0")
  message(FATAL_ERROR "the client mapped an OpenGL library:\n${output}")
endif()
if(NOT output MATCHES "report banks_ms=[0-9.]+ rss_mb=[0-9.]+ peak_mb=[0-9.]+ questions=${QUESTIONS} ")
  message(FATAL_ERROR "no report of ${QUESTIONS} questions shown in the output:\n${output}")
endif()
