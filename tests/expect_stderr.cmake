# Runs APP --validate FILE and checks that it fails and that its error output matches EXPECT.
execute_process(COMMAND ${APP} --validate ${FILE} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(rc EQUAL 0)
    message(FATAL_ERROR "expected a failure exit code, got 0")
endif()
if(NOT err MATCHES "${EXPECT}")
    message(FATAL_ERROR "error output does not match '${EXPECT}':\n${err}")
endif()
