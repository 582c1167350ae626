// Certificates for the PDF tests: an ordinary one, and one with every text as long as the page
// must still hold (a 20-character type name as the title, a 40-character unit and issuer, a
// 200-character verification code).
#pragma once

#include <string>

#include "certificate_register_samples.h"
#include "report/certificate_pdf.h"

namespace tqm::reporttest {

inline report::CertificatePrint ordinaryCertificate() {
    report::CertificatePrint c;
    c.institution = "华东精密机械股份有限公司质量管理培训中心";
    c.holderName = "张晓明";
    c.employeeNo = "E20260117";
    c.unit = "总装车间";
    c.typeName = "质量管理小组活动推进者";
    c.number = "TQM-2026-000123";
    c.issuedOn = day(2026, 11, 24);
    c.validUntil = day(2029, 11, 23);
    c.issuer = "中国质量协会";
    c.verificationCode = "TQMV1.TQM-2026-000123.E20260117.QC-PROMOTER.20261124.20291123.sig";
    return c;
}

// 200 characters of the kind a signed code is written in, none repeating in a short cycle.
inline std::string longCode() {
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string code;
    for (std::size_t i = 0; i < 200; ++i) code += alphabet[(i * 37 + i / 7) % alphabet.size()];
    return code;
}

inline report::CertificatePrint longCertificate() {
    report::CertificatePrint c = ordinaryCertificate();
    c.institution = "华东精密机械股份有限公司暨长三角质量管理职业技能培训与鉴定中心附属企业大学";
    c.title = "全面质量管理六西格玛黑带项目推进资格认证";  // 20 characters
    c.typeName = c.title;
    c.holderName = "欧阳娜娜";
    c.unit = "华东精密机械股份有限公司第二事业部总装车间质量检验与计量管理科在线检测班组";
    c.issuer = "华东精密机械股份有限公司质量管理部与人力资源部联合发证委员会";
    c.number = "TQM-2026-000124";
    c.validUntil.reset();
    c.verificationCode = longCode();
    return c;
}

}  // namespace tqm::reporttest
