# Refreshes the per-folder catalogs client/po/<lang>/<folder>.po from the GUI's sources: one
# template per folder of client/gui (main.cpp counts as app/), merged into each language's file,
# which is created from the template when the folder has none yet. Run through the
# tqm-trainer-pot target, which passes GUI_DIR, PO_DIR, WORK_DIR, LANGUAGES, XGETTEXT,
# MSGMERGE and MSGATTRIB.
set(options --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2
    --keyword=wxTRANSLATE --add-comments=TRANSLATORS: --package-name=tqm-trainer --no-location
    --sort-output)
file(GLOB folders LIST_DIRECTORIES true RELATIVE "${GUI_DIR}" "${GUI_DIR}/*")
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY "${GUI_DIR}/${folder}")
    continue()
  endif()
  file(GLOB_RECURSE sources "${GUI_DIR}/${folder}/*.cpp" "${GUI_DIR}/${folder}/*.h")
  if(folder STREQUAL "app")
    list(APPEND sources "${GUI_DIR}/main.cpp")
  endif()
  set(pot "${WORK_DIR}/tqm-trainer-${folder}.pot")
  file(REMOVE "${pot}")
  execute_process(COMMAND ${XGETTEXT} ${options} --output=${pot} ${sources}
                  COMMAND_ERROR_IS_FATAL ANY)
  if(NOT EXISTS "${pot}")
    continue()  # the folder shows no text
  endif()
  foreach(lang IN LISTS LANGUAGES)
    set(po "${PO_DIR}/${lang}/${folder}.po")
    if(EXISTS "${po}")
      # Strings the folder no longer shows are dropped rather than kept as obsolete entries:
      # msgcat would let an obsolete entry of one file hide the live one of another.
      execute_process(COMMAND ${MSGMERGE} --quiet --no-location --sort-output
                              --no-fuzzy-matching "${po}" "${pot}"
                      COMMAND ${MSGATTRIB} --no-obsolete --no-location --sort-output
                              --output-file=${po}
                      COMMAND_ERROR_IS_FATAL ANY)
    else()
      file(READ "${pot}" template)
      string(REPLACE "\"Language: \\n\"" "\"Language: ${lang}\\n\"" template "${template}")
      string(REPLACE "charset=CHARSET" "charset=UTF-8" template "${template}")
      string(REGEX REPLACE "\"Plural-Forms: [^\"]*\"" "\"Plural-Forms: nplurals=1; plural=0;\\\\n\""
             template "${template}")
      file(WRITE "${po}" "${template}")
      message(STATUS "New catalog ${po}: translate its strings")
    endif()
  endforeach()
endforeach()
