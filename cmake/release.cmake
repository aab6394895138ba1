# The release archive's executable (scripts/release.sh; the choice and its measurements are in
# docs/release.md). With HOK_RELEASE=ON, hok is linked so that it runs on any x86-64 Linux with
# glibc >= 2.36 with nothing else installed:
#   - static archives where Debian ships them: yaml-cpp, libgit2 and what it links (mbedTLS,
#     http-parser, libssh2 with OpenSSL's libcrypto, PCRE2, zlib), cmark-gfm; libstdc++ and libgcc;
#   - header-only where the library allows it: {fmt} (Debian has no libfmt.a), CLI11, nlohmann-json,
#     valijson, kainjow mustache;
#   - bundled beside it, found through a relative run path ($ORIGIN/../lib): the Kerberos GSS-API
#     libraries libgit2 calls for HTTP Negotiate authentication, for which Debian has no static
#     archive (scripts/release.sh copies them into the archive's lib/).
# glibc itself stays dynamic (a static glibc cannot load NSS modules and is not supported).
option(HOK_RELEASE "Link hok for the release archive (static libraries, see cmake/release.cmake)" OFF)
# Included before the layers are defined (CMakeLists.txt): it replaces the layers' external links,
# HOK_<LAYER>_LINKS, and hok_release_executable() sets the executable's link options.
if(HOK_RELEASE)
  foreach(name yaml-cpp cmark-gfm-extensions cmark-gfm git2 mbedtls mbedx509 mbedcrypto http_parser ssh2
               ssl crypto pcre2-8 z)
    find_library(HOK_STATIC_${name} NAMES lib${name}.a REQUIRED)
  endforeach()
  # The same libraries as the normal build gives each layer, as archives; fmt header-only.
  set(HOK_CORE_LINKS nlohmann_json::nlohmann_json Threads::Threads fmt::fmt-header-only)
  set(HOK_LOAD_LINKS ${HOK_STATIC_yaml-cpp})
  set(HOK_GIT_LINKS ${HOK_STATIC_git2} ${HOK_STATIC_mbedtls} ${HOK_STATIC_mbedx509} ${HOK_STATIC_mbedcrypto}
      ${HOK_STATIC_http_parser} ${HOK_STATIC_ssh2} ${HOK_STATIC_ssl} ${HOK_STATIC_crypto} ${HOK_STATIC_pcre2-8}
      ${HOK_STATIC_z} gssapi_krb5 ${CMAKE_DL_LIBS})
  set(HOK_DOCUMENT_LINKS ${HOK_STATIC_cmark-gfm-extensions} ${HOK_STATIC_cmark-gfm})
  # cmark-gfm's headers declare its functions for a static link.
  add_compile_definitions(CMARK_GFM_STATIC_DEFINE CMARK_GFM_EXTENSIONS_STATIC_DEFINE)
  # yaml-cpp's and libgit2's include folders (their CMake/pkg-config targets are not linked).
  include_directories(SYSTEM ${LIBGIT2_INCLUDE_DIRS})
endif()
function(hok_release_executable target)
  if(HOK_RELEASE)
    # DT_RPATH rather than DT_RUNPATH: it also serves the bundled libraries' own dependencies.
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc -Wl,--as-needed -Wl,--disable-new-dtags)
    set_target_properties(${target} PROPERTIES BUILD_RPATH "\$ORIGIN/../lib" INSTALL_RPATH "\$ORIGIN/../lib"
                                                BUILD_WITH_INSTALL_RPATH ON)
  endif()
endfunction()
