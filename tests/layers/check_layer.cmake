# One layer's boundary, as the compiler sees it (ctest layers.<name>): for every layer of lib/, the
# preprocessor is run on a file that includes one of that layer's headers, with exactly the include
# folders the layer's library compiles with. It must succeed for the layer itself and the layers it
# links (directly or through another), and fail with "No such file" for every other layer — so an
# include that runs upward, or sideways to a layer not linked, cannot build.
#   cmake -DCOMPILER=… -DLAYER=model -DLAYERS="core;model;…" -DALLOWED="core" -DINCLUDES="a;b"
#         -DSOURCE_DIR=… -DWORK=… -P check_layer.cmake
cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY ${WORK})
set(flags)
foreach(dir IN LISTS INCLUDES)
  list(APPEND flags -I${dir})
endforeach()
set(failures)
foreach(other IN LISTS LAYERS)
  file(GLOB headers RELATIVE ${SOURCE_DIR}/lib ${SOURCE_DIR}/lib/${other}/*.hpp)
  list(SORT headers)
  list(GET headers 0 header)
  set(probe ${WORK}/${LAYER}_includes_${other}.cpp)
  file(WRITE ${probe} "#include \"${header}\"\n")
  execute_process(COMMAND ${COMPILER} -std=c++20 -E ${flags} ${probe} -o ${WORK}/${LAYER}_includes_${other}.i
                  RESULT_VARIABLE result ERROR_VARIABLE error)
  if(other STREQUAL LAYER OR other IN_LIST ALLOWED)
    if(NOT result EQUAL 0)
      list(APPEND failures "${LAYER} links ${other} but cannot include ${header}: ${error}")
    endif()
  elseif(result EQUAL 0)
    list(APPEND failures "${LAYER} does not link ${other}, yet ${header} was found")
  elseif(NOT error MATCHES "No such file")
    list(APPEND failures "${LAYER} including ${header} failed for another reason: ${error}")
  endif()
endforeach()
if(failures)
  list(JOIN failures "\n" text)
  message(FATAL_ERROR "${text}")
endif()
message(STATUS "${LAYER}: sees ${LAYER} ${ALLOWED}; every other layer refused")
