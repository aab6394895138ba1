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
if(HOK_RELEASE)
  set(hok_release_archives)
  foreach(name yaml-cpp cmark-gfm-extensions cmark-gfm git2 mbedtls mbedx509 mbedcrypto http_parser ssh2
               ssl crypto pcre2-8 z)
    find_library(HOK_STATIC_${name} NAMES lib${name}.a REQUIRED)
    list(APPEND hok_release_archives ${HOK_STATIC_${name}})
  endforeach()
  # The same libraries as CMakeLists.txt gives hoklib, as archives; fmt header-only.
  set(hok_release_links nlohmann_json::nlohmann_json valijson Threads::Threads fmt::fmt-header-only
      ${hok_release_archives} gssapi_krb5 ${CMAKE_DL_LIBS})
  set_property(TARGET hoklib PROPERTY LINK_LIBRARIES ${hok_release_links})
  set_property(TARGET hoklib PROPERTY INTERFACE_LINK_LIBRARIES ${hok_release_links})
  # cmark-gfm's headers declare its functions for a static link.
  target_compile_definitions(hoklib PUBLIC CMARK_GFM_STATIC_DEFINE CMARK_GFM_EXTENSIONS_STATIC_DEFINE)
  # DT_RPATH rather than DT_RUNPATH: it also serves the bundled libraries' own dependencies.
  target_link_options(hok PRIVATE -static-libstdc++ -static-libgcc -Wl,--as-needed -Wl,--disable-new-dtags)
  set_target_properties(hok PROPERTIES BUILD_RPATH "\$ORIGIN/../lib" INSTALL_RPATH "\$ORIGIN/../lib"
                                       BUILD_WITH_INSTALL_RPATH ON)
endif()
