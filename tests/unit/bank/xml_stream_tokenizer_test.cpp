// The streaming reader's tokenizer: what it reads, where, and everything it refuses so that the
// document path reads the file instead.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "bank/xml_stream_tokenizer.h"

namespace {

using namespace tqm::bank::reader;

// The tokens of `text` in a compact form: <name a='v'> </name> "text" [cdata] ?xml END REFUSED.
std::vector<std::string> tokensOf(std::string_view text) {
    XmlTokenizer tokens(text, 0, text.size());
    std::vector<std::string> out;
    for (;;) {
        switch (tokens.next()) {
            case XmlToken::Declaration:
                out.push_back("?xml");
                break;
            case XmlToken::StartTag: {
                std::string tag = "<" + std::string(tokens.name());
                for (const XmlAttribute& a : tokens.attributes())
                    tag += " " + std::string(a.name) + "='" + std::string(a.value) + "'";
                out.push_back(tag + ">");
                break;
            }
            case XmlToken::EndTag:
                out.push_back("</" + std::string(tokens.name()) + ">");
                break;
            case XmlToken::Text:
                out.push_back("\"" + std::string(tokens.text()) + "\"");
                break;
            case XmlToken::CData:
                out.push_back("[" + std::string(tokens.text()) + "]");
                break;
            case XmlToken::End:
                out.push_back("END");
                return out;
            case XmlToken::Refused:
                out.push_back("REFUSED");
                return out;
        }
    }
}

using Tokens = std::vector<std::string>;

}  // namespace

TEST_CASE("the tokenizer reads tags, attributes in either quotes, text and empty elements") {
    CHECK(tokensOf("<a x=\"1\" y = '2'>t<b/></a>") ==
          Tokens{"<a x='1' y='2'>", "\"t\"", "<b>", "</b>", "</a>", "END"});
    CHECK(tokensOf("<a> \n\t<b/> x </a>") ==
          Tokens{"<a>", "<b>", "</b>", "\" x \"", "</a>", "END"});  // white space alone skipped
    CHECK(tokensOf("<a\n\tx='say \"hi\"'\r\n></a >") ==
          Tokens{"<a x='say \"hi\"'>", "</a>", "END"});
}

TEST_CASE("the tokenizer leaves references unexpanded and keeps text untrimmed") {
    CHECK(tokensOf("<a t='&lt;&#20;'>  x &amp; &#36136; \r\n</a>") ==
          Tokens{"<a t='&lt;&#20;'>", "\"  x &amp; &#36136; \r\n\"", "</a>", "END"});
}

TEST_CASE("the tokenizer returns CDATA content as it is and skips comments and instructions") {
    CHECK(tokensOf("<a><![CDATA[<b>&amp;]]]]><!-- c - d --><?pi data?><?pi?>x</a>") ==
          Tokens{"<a>", "[<b>&amp;]]]", "\"x\"", "</a>", "END"});
    CHECK(tokensOf("<a><![CDATA[]]></a>") == Tokens{"<a>", "[]", "</a>", "END"});
}

TEST_CASE("the XML declaration is read only as the first bytes of the text") {
    CHECK(tokensOf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>") ==
          Tokens{"?xml", "<a>", "</a>", "END"});
    CHECK(tokensOf(" <?xml version=\"1.0\"?><a/>") == Tokens{"REFUSED"});
    CHECK(tokensOf("<a/><?XML version=\"1.0\"?>") == Tokens{"<a>", "</a>", "REFUSED"});
    CHECK(tokensOf("<?xml-stylesheet href=\"a.css\"?><a/>") == Tokens{"<a>", "</a>", "END"});
}

TEST_CASE("positions count from the start of the whole text, in bytes") {
    const std::string text = "<a>质\n  <b k=\"v\"/></a>";
    XmlTokenizer tokens(text, 0, text.size());
    REQUIRE(tokens.next() == XmlToken::StartTag);
    CHECK(tokens.tagOffset() == 0);
    REQUIRE(tokens.next() == XmlToken::Text);
    REQUIRE(tokens.next() == XmlToken::StartTag);
    CHECK(tokens.tagOffset() == 9);  // 3 + the 3 bytes of 质 + "\n  "
    REQUIRE(tokens.attributes().size() == 1);
    CHECK(tokens.attributes()[0].nameOffset == 12);
    CHECK(tokens.depth() == 1);  // the empty element <b/> is not left open
}

TEST_CASE("a range may end with elements open or start inside an assumed one") {
    const std::string text = "<bank><questions><q/></questions></bank>";
    XmlTokenizer head(text, 0, 17);
    CHECK(head.next() == XmlToken::StartTag);
    CHECK(head.next() == XmlToken::StartTag);
    CHECK(head.next() == XmlToken::End);
    CHECK(head.depth() == 2);

    XmlTokenizer tail(text, 21, text.size());
    tail.assumeOpen("bank");
    tail.assumeOpen("questions");
    CHECK(tail.next() == XmlToken::EndTag);
    CHECK(tail.name() == "questions");
    CHECK(tail.next() == XmlToken::EndTag);
    CHECK(tail.next() == XmlToken::End);
}

TEST_CASE("the tokenizer refuses what it leaves to the full parser") {
    const char* refused[] = {
        "<!DOCTYPE bank><bank/>",        // a document type declaration
        "<a></b>",                       // end tag of another element
        "</a>",                          // end tag with nothing open
        "<a x='1' x='2'/>",              // the same attribute twice
        "<a x='1'y='2'/>",               // no white space between attributes
        "<a x=1/>",                      // an unquoted value
        "<a x='<'/>",                    // '<' in a value
        "<a x='1/>",                     // a value that never closes
        "<a><!-- a -- b --></a>",        // "--" inside a comment
        "<a><!-- a ---></a>",            // a comment ending in '-'
        "<a><!-- open</a>",              // a comment that never closes
        "<a><![CDATA[ open</a>",         // a CDATA section that never closes
        "<![CDATA[x]]>",                 // CDATA outside every element
        "<a><?xml version='1.0'?></a>",  // a declaration inside an element
        "<a><? pi?></a>",                // an instruction without a name
        "<a><?pi-data?></a><?pi#x?>",    // an instruction name followed by neither ?> nor space
        "<1a/>",                         // a name starting with a digit
        "<名/>",                         // a name outside ASCII
        "<a / >",                        // a broken empty-element tag
        "<a",                            // a tag cut off by the end of the range
        "<",                             // the same, at its first byte
    };
    for (const char* text : refused) {
        INFO(text);
        const Tokens tokens = tokensOf(text);
        CHECK(tokens.back() == "REFUSED");
    }
}

TEST_CASE("after refusing, the tokenizer keeps refusing") {
    const std::string text = "<a x='1' x='2'/><b/>";
    XmlTokenizer tokens(text, 0, text.size());
    CHECK(tokens.next() == XmlToken::Refused);
    CHECK(tokens.next() == XmlToken::Refused);
}
