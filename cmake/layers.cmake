# lib/ as one static library per layer, each linking only the layers below it (ARCHITECTURE.md
# lists them in this order). A layer sees the headers of itself and of the layers it links, and no
# others: its include path is a folder of its own under the build tree holding one link,
# <layer> -> lib/<layer>, and CMake passes the include folders of linked layers on (PUBLIC). So an
# `#include "report/…"` in lib/model fails to compile ("No such file or directory") — a dependency
# that runs upward fails the build, not just a review.
#
#   hok_layer(NAME model LAYERS core LINKS <external targets> [SOURCES <extra .cpp>])
#
# `hoklib` stays as the one name for "all of lib/" (the executable, tests, fuzzers, benchmarks).
set(HOK_LAYERS)
function(hok_layer)
  cmake_parse_arguments(arg "" "NAME" "LAYERS;LINKS;SOURCES" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/lib/${arg_NAME}/*.cpp)
  set(target hok_${arg_NAME})
  add_library(${target} STATIC ${sources} ${arg_SOURCES})
  set(view ${CMAKE_BINARY_DIR}/layers/${arg_NAME})
  file(MAKE_DIRECTORY ${view})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/lib/${arg_NAME} ${view}/${arg_NAME} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${view})
  set(closure)
  foreach(layer IN LISTS arg_LAYERS)
    if(NOT TARGET hok_${layer})
      message(FATAL_ERROR "hok_layer(${arg_NAME}): layer ${layer} is not defined below it")
    endif()
    target_link_libraries(${target} PUBLIC hok_${layer})
    get_target_property(below hok_${layer} HOK_LAYER_CLOSURE)
    list(APPEND closure ${layer} ${below})
  endforeach()
  list(REMOVE_DUPLICATES closure)
  # Every layer this one may use, directly or through another (tests/layers checks the compiler agrees).
  set_target_properties(${target} PROPERTIES HOK_LAYER_CLOSURE "${closure}")
  target_link_libraries(${target} PUBLIC ${arg_LINKS})
  hok_set_warnings(${target})
  set(HOK_LAYERS ${HOK_LAYERS} ${arg_NAME} PARENT_SCOPE)
endfunction()
