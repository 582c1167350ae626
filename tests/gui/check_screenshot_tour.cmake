# Runs tqm-trainer --screenshot-tour and checks that every expected picture exists as a PNG of
# 1280x800 pixels (the tour's size at 100% scale, which is what Xvfb gives).
set(expected
  home
  organizer-password
  bank-single-choice
  bank-multiple-choice
  bank-true-false
  bank-fill-blank
  bank-ordering
  bank-matching
  bank-short-answer
  sign-in
  learn-catalog
  lesson
  lesson-figure
  home-learner
  exams-list
  exam-question
  exam-question-image
  exam-ending
  exam-submit
  exam-result
  practice-choose
  practice-question
  practice-matching
  wrong-answer-book
  admin-blueprint
  admin-exams
  admin-preview
  admin-marking
  bank-import
  bank-import-line
  bank-edit
  admin-results
  admin-item-analysis
  exam-review
  settings
  learn-catalog-large-font
  admin-people
  cert-empty
  home-cert-due
  cert-matrix
  cert-due
  cert-person
  cert-assign-dialog
  cert-export-menu
  cert-print-dialog
  cert-issue-dialog
  cert-revoke-dialog
  cert-import
  cert-import-result
  compete-contests
  compete-merge-result
  compete-host
  compete-projector
  compete-podium
  compete-list
  training-classes
  training-class-dialog
  training-attendance
  training-import-result
  reports-person
  reports-class
  reports-hours
  reports-summary
  reports-export
)

file(REMOVE_RECURSE "${OUT}")
execute_process(
  COMMAND "${WITH_DISPLAY}" "${TRAINER}" --banks "${BANKS}" --content "${CONTENT}" --lang "${LANG}"
          --screenshot-tour "${OUT}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors
  TIMEOUT 100)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tqm-trainer --screenshot-tour exited with ${result}\n${output}\n${errors}")
endif()

foreach(name IN LISTS expected)
  set(png "${OUT}/${name}.png")
  if(NOT EXISTS "${png}")
    message(FATAL_ERROR "${png} was not written\n${output}\n${errors}")
  endif()
  # PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height as
  # big-endian 32-bit numbers at offset 16.
  file(READ "${png}" header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 0 16 signature)
  string(SUBSTRING "${header}" 32 8 width_hex)
  string(SUBSTRING "${header}" 40 8 height_hex)
  math(EXPR width "0x${width_hex}")
  math(EXPR height "0x${height_hex}")
  if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${png} is not a PNG file")
  endif()
  if(NOT width EQUAL 1280 OR NOT height EQUAL 800)
    message(FATAL_ERROR "${png} is ${width}x${height}, expected 1280x800")
  endif()
endforeach()

file(GLOB written "${OUT}/*.png")
list(LENGTH written count)
list(LENGTH expected expected_count)
if(NOT count EQUAL expected_count)
  message(FATAL_ERROR "expected ${expected_count} pictures in ${OUT}, found ${count}: ${written}")
endif()
