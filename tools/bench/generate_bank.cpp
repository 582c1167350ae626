// tqm-bench-generate-bank N OUT.xml [--seed S]: writes a synthetic native bank of N questions of
// all seven types, with Chinese text of realistic lengths and a category tree five levels deep.
// The output depends only on N and the seed (the generator has its own PRNG and never uses
// std::uniform_int_distribution, whose results differ between standard libraries).
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "bank_vocabulary.h"

namespace {

using namespace tqm::bench;

// SplitMix64: tiny, fast and the same everywhere.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool percent(unsigned p) { return below(100) < p; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(N)];
    }

  private:
    std::uint64_t state_;
};

std::size_t characters(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

constexpr std::array<unsigned char, 67> kTinyPng = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00,
    0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x01, 0x01, 0x01, 0x00, 0xB1, 0x38, 0xF6, 0x14, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
constexpr std::string_view kImagePath = "images/figure.png";

// Children per node at each level: 8 + 32 + 96 + 192 + 384 = 712 categories, 5 levels deep.
constexpr std::array<std::size_t, 5> kFanOut = {8, 4, 3, 2, 2};
constexpr std::string_view kChineseNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八"};

class BankGenerator {
  public:
    BankGenerator(std::size_t questions, std::uint64_t seed) : count_(questions), random_(seed) {
        out_.reserve(questions * 900 + 200000);
    }

    std::string run() {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out_ +=
            "<bank format=\"1\" id=\"bench-synthetic\" version=\"1.0.0\" language=\"zh-CN\" "
            "scoring=\"partial\">\n";
        out_ += "  <title>全面质量管理合成题库（性能测试）</title>\n";
        out_ += "  <organization>示例制造有限公司 质量部</organization>\n";
        out_ += "  <description>由基准测试工具生成，覆盖七种题型。</description>\n";
        out_ += "  <categories>\n";
        writeCategories("", "", 0, 2);
        out_ += "  </categories>\n  <questions>\n";
        for (std::size_t i = 1; i <= count_; ++i) writeQuestion(i);
        out_ += "  </questions>\n</bank>\n";
        return std::move(out_);
    }

  private:
    void indent(int depth) { out_.append(static_cast<std::size_t>(depth) * 2, ' '); }

    void writeCategories(const std::string& parentId, std::string_view parentTitle,
                         std::size_t level, int depth) {
        for (std::size_t i = 0; i < kFanOut[level]; ++i) {
            const std::string id = parentId.empty() ? "k" + std::to_string(i + 1)
                                                    : parentId + "." + std::to_string(i + 1);
            std::string title = level == 0 ? std::string(kCategoryTopics[i])
                                           : std::string(kCategoryFacets[(i + level) % 6]) + "（" +
                                                 std::string(kChineseNumbers[i]) + "）";
            if (level == 1) title = std::string(parentTitle) + "·" + title;
            categoryIds_.push_back(id);
            indent(depth);
            out_ += "<category id=\"" + id + "\" title=\"" + title + "\"";
            if (level + 1 == kFanOut.size()) {
                out_ += "/>\n";
                continue;
            }
            out_ += ">\n";
            writeCategories(id, title, level + 1, depth + 1);
            indent(depth);
            out_ += "</category>\n";
        }
    }

    void element(std::string_view name, std::string_view text) {
        out_ += "      <";
        out_ += name;
        out_ += '>';
        out_ += text;
        out_ += "</";
        out_ += name;
        out_ += ">\n";
    }

    // A stem of 30 to 120 characters; the project number keeps every stem distinct, as the
    // stems of a real bank are.
    std::string stem(std::size_t number, std::string_view ending) {
        const std::size_t target = 30 + random_.below(91);
        std::string text = "（课题" + std::to_string(number) + "）";
        if (random_.percent(3)) text += "当Cpk&lt;1.00时，";
        text += random_.pick(kStemOpenings);
        const std::size_t endLength = characters(ending);
        for (int tries = 0; tries < 6 && characters(text) + endLength < target; ++tries) {
            const std::string_view middle = random_.pick(kStemMiddles);
            if (characters(text) + characters(middle) + endLength > 120) break;
            text += middle;
        }
        text += ending;
        return text;
    }

    void writeQuestion(std::size_t number) {
        static constexpr std::string_view kTypes[] = {
            "single-choice", "multiple-choice", "true-false",  "fill-blank",
            "ordering",      "matching",        "short-answer"};
        // Shares of a typical bank: 35 % single, 20 % multiple, 15 % true-false, 12 % blanks,
        // 6 % each of ordering, matching and short answer.
        const std::size_t roll = random_.below(100);
        const std::size_t type = roll < 35   ? 0
                                 : roll < 55 ? 1
                                 : roll < 70 ? 2
                                 : roll < 82 ? 3
                                 : roll < 88 ? 4
                                 : roll < 94 ? 5
                                             : 6;
        const std::string id = "q" + std::to_string(1000000 + number).substr(1);
        out_ += "    <";
        out_ += kTypes[type];
        out_ += " id=\"" + id + "\" category=\"" +
                categoryIds_[random_.below(categoryIds_.size())] + "\" difficulty=\"" +
                std::to_string(1 + random_.below(5)) + "\" points=\"" +
                (type == 6                ? "10"
                 : type == 1 || type == 3 ? "2"
                                          : "1") +
                "\"";
        if (type == 1 && random_.percent(30)) out_ += " scoring=\"all-or-nothing\"";
        if (type == 2) out_ += random_.percent(50) ? " answer=\"true\"" : " answer=\"false\"";
        out_ += ">\n";
        switch (type) {
            case 0:
                writeChoices(number, 1);
                break;
            case 1:
                writeChoices(number, 2 + random_.below(2));
                break;
            case 2:
                element("stem", "（课题" + std::to_string(number) + "）" +
                                    std::string(random_.pick(kTrueFalseClaims)));
                break;
            case 3:
                writeBlanks(number);
                break;
            case 4:
                writeOrdering(number);
                break;
            case 5:
                writeMatching(number);
                break;
            default:
                writeShortAnswer(number);
        }
        if (random_.percent(85)) element("explanation", random_.pick(kExplanations));
        if (random_.percent(70)) element("source", random_.pick(kSources));
        writeList("tags", "tag", kTags, 1 + random_.below(3));
        writeList("positions", "position", kPositions, 1 + random_.below(2));
        out_ += "    </";
        out_ += kTypes[type];
        out_ += ">\n";
    }

    void maybeImage() {
        if (!random_.percent(2)) return;
        out_ += "      <image src=\"";
        out_ += kImagePath;
        out_ += "\"/>\n";
    }

    void writeChoices(std::size_t number, std::size_t correct) {
        element("stem", stem(number, random_.pick(kStemQuestions)));
        maybeImage();
        const std::size_t options = correct == 1 ? 4 : 5;
        const std::size_t start = random_.below(std::size(kOptions));
        const std::size_t step = 1 + 2 * random_.below(4);  // odd: distinct options
        const std::size_t firstCorrect = random_.below(options);
        for (std::size_t k = 0; k < options; ++k) {
            const bool isCorrect = (k + options - firstCorrect) % options < correct;
            out_ += isCorrect ? "      <option correct=\"true\">" : "      <option>";
            out_ += kOptions[(start + k * step) % std::size(kOptions)];
            out_ += "</option>\n";
        }
    }

    void writeBlanks(std::size_t number) {
        if (random_.percent(15)) {
            const std::string cp = "1." + std::to_string(10 + random_.below(90));
            element("stem", "（课题" + std::to_string(number) + "）某过程的Cp为" + cp +
                                "，分布中心与规格中心重合，则Cpk为____。");
            out_ += "      <blank number=\"" + cp + "\" tolerance=\"0.01\"/>\n";
            return;
        }
        const std::string_view text = random_.pick(kFillStems);
        element("stem", "（课题" + std::to_string(number) + "）" + std::string(text));
        std::size_t blanks = 0;
        for (std::size_t at = text.find("____"); at != std::string_view::npos;
             at = text.find("____", at + 4))
            ++blanks;
        for (std::size_t b = 0; b < blanks; ++b) {
            out_ += "      <blank>";
            const std::size_t accepted = 1 + random_.below(3);
            const std::size_t start = random_.below(std::size(kFillAnswers));
            for (std::size_t a = 0; a < accepted; ++a) {
                out_ += "<accept>";
                out_ += kFillAnswers[(start + a) % std::size(kFillAnswers)];
                out_ += "</accept>";
            }
            out_ += "</blank>\n";
        }
    }

    void writeOrdering(std::size_t number) {
        element("stem", stem(number, "请按正确顺序排列下列质量改进步骤。"));
        const std::size_t items = 3 + random_.below(3);
        const std::size_t start = random_.below(std::size(kOrderingSteps) - items + 1);
        for (std::size_t k = 0; k < items; ++k) element("item", kOrderingSteps[start + k]);
    }

    void writeMatching(std::size_t number) {
        element("stem", stem(number, "请将下列工具与其主要用途连线。"));
        const std::size_t pairs = 3 + random_.below(2);
        const std::size_t start = random_.below(std::size(kMatchingPrompts));
        for (std::size_t k = 0; k < pairs; ++k) {
            const std::size_t i = (start + k) % std::size(kMatchingPrompts);
            out_ += "      <pair><prompt>";
            out_ += kMatchingPrompts[i];
            out_ += "</prompt><answer>";
            out_ += kMatchingAnswers[i];
            out_ += "</answer></pair>\n";
        }
    }

    void writeShortAnswer(std::size_t number) {
        element("stem", stem(number, "请简述应采取的步骤和理由。"));
        maybeImage();
        element("reference", random_.pick(kReferences));
        element("grading", random_.pick(kGradingNotes));
    }

    template <std::size_t N>
    void writeList(std::string_view list, std::string_view item, const std::string_view (&words)[N],
                   std::size_t count) {
        out_ += "      <";
        out_ += list;
        out_ += '>';
        const std::size_t start = random_.below(N);
        for (std::size_t k = 0; k < count; ++k) {
            out_ += '<';
            out_ += item;
            out_ += '>';
            out_ += words[(start + k) % N];
            out_ += "</";
            out_ += item;
            out_ += '>';
        }
        out_ += "</";
        out_ += list;
        out_ += ">\n";
    }

    std::size_t count_;
    Random random_;
    std::string out_;
    std::vector<std::string> categoryIds_;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Write a synthetic native question bank for benchmarks."};
    std::size_t count = 0;
    std::filesystem::path output;
    std::uint64_t seed = 20261124;
    app.add_option("N", count, "Number of questions")->required()->check(CLI::PositiveNumber);
    app.add_option("OUT", output, "Bank file to write (an images/ folder is written beside it)")
        ->required();
    app.add_option("--seed", seed, "Seed of the generator (same seed, same bank)");
    CLI11_PARSE(app, argc, argv);

    const std::string xml = BankGenerator(count, seed).run();
    const std::filesystem::path imageDir = output.parent_path() / "images";
    std::error_code ec;
    std::filesystem::create_directories(imageDir, ec);
    std::ofstream out(output, std::ios::binary);
    out.write(xml.data(), static_cast<std::streamsize>(xml.size()));
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", output.string().c_str());
        return 1;
    }
    std::ofstream png(imageDir / "figure.png", std::ios::binary);
    png.write(reinterpret_cast<const char*>(kTinyPng.data()), kTinyPng.size());
    if (ec || !png) {
        std::fprintf(stderr, "cannot write %s\n", (imageDir / "figure.png").string().c_str());
        return 1;
    }
    std::printf("wrote %zu questions, %zu bytes, to %s\n", count, xml.size(),
                output.string().c_str());
    return 0;
}
