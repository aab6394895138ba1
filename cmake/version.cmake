# The version `hok --version` prints and SARIF's tool.driver.version carries: `git describe --tags
# --always --dirty` of the checkout at configure time (re-run CMake after a commit or tag to refresh
# it), or the project version outside a git checkout (a source tarball). Without a tag, describe
# names only the commit, so the project version goes in front: 0.1.0+g05b9893.
set(HOK_VERSION_STRING ${PROJECT_VERSION})
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS ${CMAKE_SOURCE_DIR}/.git)
  execute_process(
    COMMAND ${GIT_EXECUTABLE} describe --tags --always --dirty
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    OUTPUT_VARIABLE hok_git_describe
    OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET
    RESULT_VARIABLE hok_git_result)
  if(hok_git_result EQUAL 0 AND NOT hok_git_describe STREQUAL "")
    if(hok_git_describe MATCHES "^v?[0-9]+\\.[0-9]+")
      set(HOK_VERSION_STRING ${hok_git_describe})
    else()
      # No tag yet: describe gives only the commit ("05b9893", which may start with a digit); say
      # which release line it is on.
      set(HOK_VERSION_STRING "${PROJECT_VERSION}+g${hok_git_describe}")
    endif()
  endif()
endif()
message(STATUS "hok version: ${HOK_VERSION_STRING}")
