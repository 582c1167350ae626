#include "report/certificate_fonts.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <pango/pangocairo.h>

namespace tqm::report {

namespace {

// 证 and 书: a family without them would print the certificate as boxes.
constexpr gunichar kProbeCharacters[] = {0x8BC1, 0x4E66};

template <typename T>
struct GObjectUnref {
    void operator()(T* object) const { g_object_unref(object); }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref<T>>;

bool familyCoversChinese(PangoContext* context, const std::string& family) {
    const std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> wanted(
        pango_font_description_new(), &pango_font_description_free);
    pango_font_description_set_family(wanted.get(), family.c_str());
    pango_font_description_set_size(wanted.get(), 12 * PANGO_SCALE);
    const GObjectPtr<PangoFont> font(pango_context_load_font(context, wanted.get()));
    if (!font) return false;
    // fontconfig answers any family with its best substitute: only a face of that very family
    // counts.
    const std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> loaded(
        pango_font_describe(font.get()), &pango_font_description_free);
    const char* loadedFamily = pango_font_description_get_family(loaded.get());
    if (!loadedFamily || family != loadedFamily) return false;
    return std::all_of(std::begin(kProbeCharacters), std::end(kProbeCharacters),
                       [&font](gunichar c) { return pango_font_has_char(font.get(), c); });
}

}  // namespace

std::optional<std::string> pickFontFamily(
    std::span<const std::string> installed, std::string_view preferred,
    const std::function<bool(const std::string&)>& coversChinese) {
    if (std::find(installed.begin(), installed.end(), preferred) != installed.end())
        return std::string(preferred);
    const auto found = std::find_if(installed.begin(), installed.end(), coversChinese);
    if (found == installed.end()) return std::nullopt;
    return *found;
}

std::optional<CertificateFonts> installedCertificateFonts() {
    PangoFontMap* map = pango_cairo_font_map_get_default();  // owned by pango
    PangoFontFamily** families = nullptr;
    int count = 0;
    pango_font_map_list_families(map, &families, &count);
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) names.emplace_back(pango_font_family_get_name(families[i]));
    g_free(families);
    std::sort(names.begin(), names.end());

    const GObjectPtr<PangoContext> context(pango_font_map_create_context(map));
    const auto covers = [&context](const std::string& family) {
        return familyCoversChinese(context.get(), family);
    };
    auto text = pickFontFamily(names, kPreferredTextFamily, covers);
    if (!text) return std::nullopt;
    auto title = pickFontFamily(names, kPreferredTitleFamily, covers);
    return CertificateFonts{title.value_or(*text), *text};
}

}  // namespace tqm::report
