# HOK_FUZZ: libFuzzer targets in fuzz/ (clang only). Everything is compiled with coverage for the
# fuzzer and with AddressSanitizer and UndefinedBehaviorSanitizer; the fuzz targets link libFuzzer
# itself (-fsanitize=fuzzer). scripts/fuzz.sh configures a build like this and runs the targets.
if(HOK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "HOK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
