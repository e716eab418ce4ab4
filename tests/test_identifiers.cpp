// The identifiers other ecosystems give status codes, checked against the
// transcription of their sources in tests/reference/identifiers.md, and
// the spec and MDN links against tests/reference/mdn.md. Both ways: every
// transcribed identifier, bare and qualified, is found as its code (or its
// unofficial meaning) and never as another; every identifier the library
// lists is transcribed.
#include "httpstatus.h"
#include "reference_table.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>

using reference::Row;
using reference::table;

namespace {

const httpstatus *find(const std::string &s) {
  return httpstatus_find(s.data(), s.size());
}
const httpstatus *unofficial(const std::string &s) {
  return httpstatus_unofficial_find(s.data(), s.size());
}

// ecosystem name -> its enum value, by the library's own names.
std::map<std::string, httpstatus_ecosystem> ecosystems() {
  std::map<std::string, httpstatus_ecosystem> all;
  for (size_t i = 0; i < httpstatus_ecosystem_count(); i++)
    all[httpstatus_ecosystem_name((httpstatus_ecosystem)i)] = (httpstatus_ecosystem)i;
  return all;
}

// The meaning of code whose origin is origin.
const httpstatus *meaning(int code, const std::string &origin) {
  const httpstatus *e;
  for (size_t i = 0; (e = httpstatus_unofficial_at(i)) != nullptr; i++)
    if (e->code == code && origin == e->origin)
      return e;
  return nullptr;
}

std::set<std::string> found_by_nothing() {
  std::set<std::string> none;
  for (const Row &r : table("identifiers.md", "Found by nothing"))
    none.insert(r.at(0));
  return none;
}

// The "`http.`" of the ecosystems table, without its backquotes.
std::string qualifier_of(const std::string &cell) {
  return cell.substr(1, cell.size() - 2);
}

} // namespace

TEST_CASE("the ecosystems are the transcribed ones, in order, with their qualifiers",
          "[identifiers]") {
  const std::vector<Row> rows = table("identifiers.md", "Ecosystems");
  REQUIRE(rows.size() == httpstatus_ecosystem_count());
  for (size_t i = 0; i < rows.size(); i++) {
    INFO(rows[i].at(0));
    CHECK(std::string(httpstatus_ecosystem_name((httpstatus_ecosystem)i)) ==
          rows[i].at(0));
    CHECK(std::string(httpstatus_ecosystem_qualifier((httpstatus_ecosystem)i)) ==
          qualifier_of(rows[i].at(1)));
  }
  CHECK(httpstatus_ecosystem_name((httpstatus_ecosystem)rows.size()) == nullptr);
  CHECK(httpstatus_ecosystem_name((httpstatus_ecosystem)-1) == nullptr);
  CHECK(httpstatus_ecosystem_qualifier((httpstatus_ecosystem)rows.size()) == nullptr);
}

TEST_CASE("every transcribed identifier, bare and qualified, finds its code and no "
          "other",
          "[identifiers]") {
  const std::set<std::string> none = found_by_nothing();
  for (const Row &eco : table("identifiers.md", "Ecosystems")) {
    const std::string qualifier = qualifier_of(eco.at(1));
    for (const Row &r : table("identifiers.md", eco.at(0))) {
      const int code = std::stoi(r.at(1));
      for (const std::string &text : {r.at(0), qualifier + r.at(0)}) {
        INFO(eco.at(0) << ": " << text << " is " << code);
        if (none.count(r.at(0))) {
          const httpstatus *e = find(text);
          CHECK((e == nullptr || e->code != code));
        } else if (r.at(2).empty()) {
          CHECK(find(text) == httpstatus_from_code(code));
        } else {
          CHECK(find(text) == nullptr);
          REQUIRE(meaning(code, r.at(2)) != nullptr);
          CHECK(unofficial(text) == meaning(code, r.at(2)));
        }
      }
    }
  }
}

TEST_CASE("every identifier the library lists is transcribed, and every transcribed "
          "one is listed",
          "[identifiers]") {
  using Key = std::tuple<std::string, std::string, int, std::string>;
  std::set<Key> transcribed, listed;
  for (const Row &eco : table("identifiers.md", "Ecosystems"))
    for (const Row &r : table("identifiers.md", eco.at(0)))
      transcribed.insert(Key(eco.at(0), r.at(0), std::stoi(r.at(1)), r.at(2)));
  for (const auto &eco : ecosystems()) {
    const httpstatus *e;
    for (size_t i = 0; (e = httpstatus_at(i)) != nullptr; i++)
      for (size_t k = 0; httpstatus_identifier(e, eco.second, k); k++)
        listed.insert(
            Key(eco.first, httpstatus_identifier(e, eco.second, k), e->code, ""));
    for (size_t i = 0; (e = httpstatus_unofficial_at(i)) != nullptr; i++)
      for (size_t k = 0; httpstatus_identifier(e, eco.second, k); k++)
        listed.insert(Key(eco.first, httpstatus_identifier(e, eco.second, k), e->code,
                          e->origin));
  }
  for (const Key &k : transcribed) {
    INFO(std::get<0>(k) << " " << std::get<1>(k) << " " << std::get<2>(k)
                        << " is transcribed but not listed");
    CHECK(listed.count(k) == 1);
  }
  for (const Key &k : listed) {
    INFO(std::get<0>(k) << " " << std::get<1>(k) << " " << std::get<2>(k)
                        << " is listed but not transcribed");
    CHECK(transcribed.count(k) == 1);
  }
}

TEST_CASE("the usual identifier comes first, as the source gives it", "[identifiers]") {
  CHECK(std::string(httpstatus_identifier(httpstatus_from_code(307),
                                          HTTPSTATUS_ECOSYSTEM_DOTNET, 0)) ==
        "TemporaryRedirect");
  CHECK(std::string(httpstatus_identifier(httpstatus_from_code(307),
                                          HTTPSTATUS_ECOSYSTEM_DOTNET, 1)) ==
        "RedirectKeepVerb");
  CHECK(httpstatus_identifier(httpstatus_from_code(307), HTTPSTATUS_ECOSYSTEM_DOTNET,
                              2) == nullptr);
  CHECK(httpstatus_identifier(httpstatus_from_code(418), HTTPSTATUS_ECOSYSTEM_DOTNET,
                              0) == nullptr);
  CHECK(httpstatus_identifier(nullptr, HTTPSTATUS_ECOSYSTEM_GO, 0) == nullptr);
  CHECK(httpstatus_identifier(httpstatus_from_code(404), (httpstatus_ecosystem)999,
                              0) == nullptr);
  const httpstatus foreign = *httpstatus_from_code(404);
  CHECK(httpstatus_identifier(&foreign, HTTPSTATUS_ECOSYSTEM_GO, 0) == nullptr);
}

TEST_CASE("an identifier that carries a code is found with its own code only",
          "[identifiers]") {
  CHECK(find("HTTP_404_NOT_FOUND") == httpstatus_from_code(404));
  CHECK(find("HTTP_405_NOT_FOUND") == nullptr);
  CHECK(find("Status404NotFound") == httpstatus_from_code(404));
  CHECK(find("Status405NotFound") == nullptr);
  CHECK(find("404NotFound") == nullptr); // the prefix is part of the identifier
}

TEST_CASE("a stem follows only the prefixes its identifiers have", "[identifiers]") {
  CHECK(find("StatusTeapot") == httpstatus_from_code(418)); // Go
  CHECK(find("teapot") == httpstatus_from_code(418));       // requests
  CHECK(find("HTTPTeapot") == nullptr);
  CHECK(find("SC_TEAPOT") == nullptr);
  CHECK(find("HTTP_NON_AUTHORITATIVE") == nullptr); // nobody's identifier
  CHECK(find(std::string(100, 'a')) == nullptr);    // longer than any identifier
  CHECK(find("Status" + std::string(60, 'a')) == nullptr);
  CHECK(find("Status\x80NotFound") == nullptr);
}

TEST_CASE("status headers: HTTP/2's pseudo-header and CGI's Status", "[identifiers]") {
  CHECK(find(":status: 404") == httpstatus_from_code(404));
  CHECK(find(":status:503") == httpstatus_from_code(503));
  CHECK(find("  Status: 404 Not Found\r\n") == httpstatus_from_code(404));
  CHECK(find("Status: 404 Gone") == nullptr);
  CHECK(find(":status: ") == nullptr);
  CHECK(find("Status: Not Found") == nullptr);
  CHECK(find("status: 404") == nullptr); // CGI's header, as written
  CHECK(unofficial(":status: 499") == httpstatus_unofficial_from_code(499));
  CHECK(unofficial("Status: 404") == nullptr);
}

TEST_CASE("one qualifier, then anything the lookups find", "[identifiers]") {
  CHECK(find("HttpStatus.NOT_FOUND") == httpstatus_from_code(404));
  CHECK(find("http.404") == httpstatus_from_code(404));
  CHECK(find("http.http.StatusNotFound") == nullptr);
  CHECK(find("http.") == nullptr);
  CHECK(find("::") == nullptr);
  CHECK(find("Net::HTTPNotFound") == httpstatus_from_code(404));
  CHECK(unofficial("HttpStatusCode.Unused") == httpstatus_unofficial_from_code(306));
  CHECK(unofficial("ngx.HTTP_CLOSE") == httpstatus_unofficial_from_code(444));
  CHECK(find(": 404") == httpstatus_from_code(404));
  CHECK(find(": : 404") == nullptr);
}

TEST_CASE("identifiers behind the longer qualifiers, and those older releases carry",
          "[identifiers]") {
  CHECK(find("javax.servlet.http.HttpServletResponse.SC_NOT_FOUND") ==
        httpstatus_from_code(404));
  CHECK(find("org.apache.hc.core5.http.HttpStatus.SC_MOVED_TEMPORARILY") ==
        httpstatus_from_code(302));
  CHECK(find("Fig\\Http\\Message\\StatusCodeInterface::STATUS_IM_A_TEAPOT") ==
        httpstatus_from_code(418));
  CHECK(find("io.ktor.http.HttpStatusCode.RequestHeaderFieldTooLarge") ==
        httpstatus_from_code(431));
  CHECK(find(".imATeapot") == httpstatus_from_code(418)); // Swift's implicit member
  CHECK(find(".") == nullptr);
  CHECK(find("..notFound") == nullptr);
  CHECK(find("HttpStatus.CHECKPOINT") == httpstatus_from_code(103));
  CHECK(find("HttpStatus.RESUME_INCOMPLETE") == httpstatus_from_code(308));
  CHECK(find("HttpStatus.REQUEST_TOO_LONG") == httpstatus_from_code(413));
  const httpstatus *failure = unofficial("HttpStatus.SC_METHOD_FAILURE");
  REQUIRE(failure != nullptr);
  CHECK(std::string(failure->name) == "METHOD_FAILURE");
  CHECK(unofficial("StatusCodeInterface::STATUS_RESERVED") ==
        httpstatus_unofficial_from_code(306));
}

TEST_CASE("qualifiers after white space recurse once at most", "[identifiers]") {
  // A mebibyte of ": " once recursed a level per pair and overflowed the
  // stack of an unoptimised build.
  std::string text;
  while (text.size() < (1u << 20))
    text += ": ";
  CHECK(find(text) == nullptr);
  CHECK(unofficial(text) == nullptr);
}

TEST_CASE("white space before a status header or a qualifier", "[identifiers]") {
  CHECK(find("  :status: 404") == httpstatus_from_code(404));
  CHECK(unofficial("  :status: 499") == httpstatus_unofficial_from_code(499));
  CHECK(unofficial(" \t:status: 499") == httpstatus_unofficial_from_code(499));
}

TEST_CASE("status lines", "[identifiers]") {
  CHECK(std::string(httpstatus_status_line(httpstatus_from_code(404))) ==
        "HTTP/1.1 404 Not Found\r\n");
  CHECK(std::string(httpstatus_status_line(httpstatus_unofficial_from_code(499))) ==
        "HTTP/1.1 499 Client Closed Request\r\n");
  CHECK(httpstatus_status_line(nullptr) == nullptr);
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    CHECK(std::string(httpstatus_status_line(e)) ==
          "HTTP/1.1 " + std::to_string(e->code) + " " + e->phrase + "\r\n");
  }
}

TEST_CASE("MDN's pages and the spec URLs", "[identifiers]") {
  std::set<int> with_page;
  for (const Row &r : table("mdn.md", "Codes with a page"))
    with_page.insert(std::stoi(r.at(0)));
  for (size_t i = 0; i < httpstatus_count(); i++) {
    const httpstatus *e = httpstatus_at(i);
    INFO(e->code);
    if (with_page.count(e->code))
      CHECK(std::string(e->mdn_url ? e->mdn_url : "") ==
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/" +
                std::to_string(e->code));
    else
      CHECK(e->mdn_url == nullptr);
    // "RFC 9110, Section 15.5.5" -> ".../rfc9110#section-15.5.5"
    std::string spec = e->spec, url = e->spec_url ? e->spec_url : "";
    if (spec.compare(0, 4, "RFC ") == 0) {
      std::string number = spec.substr(4, spec.find(',') - 4);
      std::string expected = "https://www.rfc-editor.org/rfc/rfc" + number;
      if (spec.find(", Section ") != std::string::npos)
        expected += "#section-" + spec.substr(spec.find(", Section ") + 10);
      CHECK(url == expected);
    } else {
      CHECK(url == "https://datatracker.ietf.org/doc/html/" + spec);
    }
  }
  CHECK(httpstatus_unofficial_at(0)->spec_url == nullptr);
  CHECK(httpstatus_unofficial_at(0)->mdn_url == nullptr);
}
