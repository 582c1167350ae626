#include "cert/import/cert_import_tour.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "cert/import/cert_import_dialog.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

// A new position and one with a key flag that is neither yes nor no.
constexpr const char* kTourPositions =
    "\xEF\xBB\xBF岗位,关键岗位,说明\r\n"
    "仓库管理员,否,原材料与成品的收发和存放\r\n"
    "化验员,也许,\r\n";

// A certificate already in the demo plant under a misspelt name (imported unchanged, with a
// warning), then an unknown 工号, a month 13, an unknown type and dates out of order.
constexpr const char* kTourCertificates =
    "\xEF\xBB\xBF证书编号,工号,姓名,证书类型代码,发证日期,有效期起,有效期至,发证机构,下次复审,"
    "证据文件,身份证号\r\n"
    "ZJ-QI-2024-0003,D0005,周海艳,INT-QI,2024-03-15,,2026-03-14,本公司质量部,,QI-2024-0003.pdf,"
    "\r\n"
    "ZJ-QI-2026-0031,D0077,王小明,INT-QI,2026-01-12,,2028-01-11,本公司质量部,,,\r\n"
    "ZJ-MET-2026-0002,D0024,张慧敏,INT-MET,2026-13-01,,,本公司质量部计量室,,,\r\n"
    "ZJ-SPC-2026-0001,D0016,杨振华,INT-SPX,2026-01-05,,2029-01-04,本公司质量部,,,\r\n"
    "ZJ-IA-2026-0002,D0021,何雨涵,INT-IA,2026-02-01,,2026-01-31,本公司质量部体系科,,,\r\n";

template <typename Busy>
bool waitWhile(Busy busy) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (busy()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    return true;
}

bool writeFile(const fs::path& file, const char* text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

}  // namespace

void tourCertificatesEmpty(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    frame.showScreen(Screen::Certificates);
    CertificatesPanel& panel = *frame.certificates();
    if (!waitWhile([&] { return panel.loading(); })) {
        camera.fail(_("The certificates took too long to read."));
        return;
    }
    if (panel.showingEmptyState()) camera.shoot("cert-empty");
}

void tourCertificateImport(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    frame.showScreen(Screen::Certificates);
    std::error_code ignored;
    const fs::path folder =
        fs::temp_directory_path() /
        ("tqm-tour-import-" +
         std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(folder, ignored);
    const fs::path positions = folder / "岗位.csv";
    const fs::path certificates = folder / "在册证书.csv";
    if (!writeFile(positions, kTourPositions) || !writeFile(certificates, kTourCertificates)) {
        camera.fail(_("The tour could not write its import files."));
        fs::remove_all(folder, ignored);
        return;
    }
    auto* dialog = new CertImportDialog(frame.certificates(), frame.workspace());
    dialog->row(CertFileKind::Positions).setFile(positions);
    dialog->row(CertFileKind::Certificates).setFile(certificates);
    dialog->Show();
    camera.shootWithDialog(*dialog, "cert-import");
    const bool started = dialog->startImport();
    if (!started || !waitWhile([&] { return dialog->importing(); }))
        camera.fail(_("The tour's import did not finish."));
    else
        camera.shootWithDialog(*dialog, "cert-import-result");
    dialog->Destroy();
    fs::remove_all(folder, ignored);
}

}  // namespace tqm::gui
