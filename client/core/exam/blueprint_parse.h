// What the blueprint reader's two files share: positions of parsed nodes in the original text,
// the labels that name a record in messages, and strict value parsers. Internal to
// blueprint_reader*.cpp.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/line_index.h"
#include "exam/blueprint.h"

namespace tqm::exam::blueprint_parse {

// The document is parsed from a copy of the text. pugixml only rewrites bytes inside values and
// at delimiters, so a name or value starts where it started in the original, and its offset in
// the copy gives the author's line and column.
class Context {
  public:
    Context(std::string_view text, const char* parsedCopy, DiagnosticSink& sink)
        : lines_(text), copy_(parsedCopy), size_(text.size()), sink_(sink) {}

    bank::SourcePos positionOf(const char* at) const;
    bank::SourcePos startTagOf(pugi::xml_node element) const {
        return positionOf(element.name() - 1);
    }

    void error(bank::SourcePos pos, std::string code, std::string message) {
        sink_.error(pos.line, pos.column, std::move(code), std::move(message));
    }

    // Messages; `label` names the record ("section 1 "一、单选题": ").
    void unknownElement(pugi::xml_node element, const std::string& label);
    void misplacedText(pugi::xml_node text, const std::string& label);
    void missingAttribute(pugi::xml_node element, const std::string& label,
                          std::string_view attribute);
    void invalidValue(pugi::xml_attribute attribute, const std::string& label,
                      std::string_view expected);

    // The attributes of `element` named in `names`, in that order (empty handles for absent
    // ones); any other attribute is reported as unknown, a repeated one as not well-formed.
    std::vector<pugi::xml_attribute> attributes(pugi::xml_node element, const std::string& label,
                                                std::initializer_list<std::string_view> names);

    // The trimmed text of an element that holds text only; child elements are reported.
    std::string textOf(pugi::xml_node element, const std::string& label);

  private:
    LineIndex lines_;
    const char* copy_;
    std::size_t size_;
    DiagnosticSink& sink_;
};

std::string inQuotes(std::string_view text);

// Strict parsers: the whole value must be the number, nothing around it.
std::optional<long long> parseWhole(std::string_view text);
std::optional<bool> parseBool(std::string_view text);

// Reads one <section>; implemented in blueprint_reader_sections.cpp.
void readSection(pugi::xml_node element, std::size_t number, Context& context,
                 BlueprintSection& section);

// "section 2 "二、多选题": "
std::string sectionLabel(std::size_t number, std::string_view title);

}  // namespace tqm::exam::blueprint_parse
