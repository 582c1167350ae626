# Fails when a string the client shows has no zh_CN translation, or when two catalog files give
# the same string different translations. Strings are found the way the catalogs are made:
# xgettext over client/gui. Takes GUI_DIR, PO_DIR, WORK_DIR, XGETTEXT, MSGCAT and MSGCMP.
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB_RECURSE sources "${GUI_DIR}/*.cpp" "${GUI_DIR}/*.h")
set(pot "${WORK_DIR}/shown-strings.pot")
execute_process(
  COMMAND ${XGETTEXT} --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2
          --keyword=wxTRANSLATE --sort-output --output=${pot} ${sources}
  COMMAND_ERROR_IS_FATAL ANY)

file(GLOB parts "${PO_DIR}/zh_CN/*.po")
set(joined "${WORK_DIR}/zh_CN.po")
execute_process(COMMAND ${MSGCAT} --output-file=${joined} ${parts} COMMAND_ERROR_IS_FATAL ANY)
file(READ "${joined}" joined_text)
# The header (the first entry) may differ between files; only the strings matter.
string(FIND "${joined_text}" "\n\n" header_end)
string(SUBSTRING "${joined_text}" ${header_end} -1 joined_text)
string(REGEX MATCHALL "#-#-#-#-#  [^#]+#-#-#-#-#" conflicts "${joined_text}")
if(conflicts)
  message(FATAL_ERROR "Two zh_CN catalog files translate the same string differently; "
                      "see the entries marked #-#-#-#-# in ${joined}")
endif()

# msgcmp counts untranslated and fuzzy entries as missing; the listing of what is missing comes
# from merging the catalog with the template, which carries each string's source lines.
execute_process(COMMAND ${MSGCMP} ${joined} ${pot} RESULT_VARIABLE result
                OUTPUT_QUIET ERROR_QUIET)
if(NOT result EQUAL 0)
  get_filename_component(tools "${MSGCAT}" DIRECTORY)
  execute_process(
    COMMAND "${tools}/msgmerge" --quiet --no-fuzzy-matching --no-wrap ${joined} ${pot}
    COMMAND "${tools}/msgattrib" --no-obsolete --untranslated --no-wrap
    OUTPUT_VARIABLE missing)
  execute_process(COMMAND "${tools}/msgattrib" --only-fuzzy --no-wrap ${joined}
                  OUTPUT_VARIABLE fuzzy)
  # Drop the catalog header: everything before the first blank line.
  string(FIND "${missing}" "\n\n" header_end)
  if(header_end GREATER_EQUAL 0)
    string(SUBSTRING "${missing}" ${header_end} -1 missing)
  endif()
  message(FATAL_ERROR "Strings shown in the client without a zh_CN translation "
                      "(translate them in client/po/zh_CN/<folder>.po):\n${missing}${fuzzy}")
endif()
