# Warnings for hok's own targets; -Werror in CI (HOK_WERROR=ON). Sanitizers behind HOK_SANITIZE.
function(hok_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(HOK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(HOK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
