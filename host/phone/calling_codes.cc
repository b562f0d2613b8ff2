#include "host/phone/calling_codes.h"

#include <array>

namespace tributary::host::phone {
namespace {

// Codes in service as of 2024. Spare or withdrawn codes are left out on purpose so they are
// rejected: 214, 215, 217, 219, 259, 280-289, 292-296, 360-369, 379 (reserved for the Vatican,
// which dials +39 06 698), 384, 388, 422, 671 and 684 (Guam and American Samoa moved to +1),
// 851, 854, 969, 978, 990, 991, 997 (Kazakhstan dials +7), 999.
constexpr std::array kCodes = std::to_array<CallingCode>({
    {"1", "US CA AG AI AS BB BM BS DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI"},
    {"7", "RU KZ"},
    {"20", "EG"},
    {"27", "ZA"},
    {"30", "GR"},
    {"31", "NL"},
    {"32", "BE"},
    {"33", "FR"},
    {"34", "ES"},
    {"36", "HU"},
    {"39", "IT VA"},
    {"40", "RO"},
    {"41", "CH"},
    {"43", "AT"},
    {"44", "GB GG IM JE"},
    {"45", "DK"},
    {"46", "SE"},
    {"47", "NO SJ"},
    {"48", "PL"},
    {"49", "DE"},
    {"51", "PE"},
    {"52", "MX"},
    {"53", "CU"},
    {"54", "AR"},
    {"55", "BR"},
    {"56", "CL"},
    {"57", "CO"},
    {"58", "VE"},
    {"60", "MY"},
    {"61", "AU CX CC"},
    {"62", "ID"},
    {"63", "PH"},
    {"64", "NZ"},
    {"65", "SG"},
    {"66", "TH"},
    {"81", "JP"},
    {"82", "KR"},
    {"84", "VN"},
    {"86", "CN"},
    {"90", "TR"},
    {"91", "IN"},
    {"92", "PK"},
    {"93", "AF"},
    {"94", "LK"},
    {"95", "MM"},
    {"98", "IR"},
    {"211", "SS"},
    {"212", "MA EH"},
    {"213", "DZ"},
    {"216", "TN"},
    {"218", "LY"},
    {"220", "GM"},
    {"221", "SN"},
    {"222", "MR"},
    {"223", "ML"},
    {"224", "GN"},
    {"225", "CI"},
    {"226", "BF"},
    {"227", "NE"},
    {"228", "TG"},
    {"229", "BJ"},
    {"230", "MU"},
    {"231", "LR"},
    {"232", "SL"},
    {"233", "GH"},
    {"234", "NG"},
    {"235", "TD"},
    {"236", "CF"},
    {"237", "CM"},
    {"238", "CV"},
    {"239", "ST"},
    {"240", "GQ"},
    {"241", "GA"},
    {"242", "CG"},
    {"243", "CD"},
    {"244", "AO"},
    {"245", "GW"},
    {"246", "IO"},
    {"247", "AC"},
    {"248", "SC"},
    {"249", "SD"},
    {"250", "RW"},
    {"251", "ET"},
    {"252", "SO"},
    {"253", "DJ"},
    {"254", "KE"},
    {"255", "TZ"},
    {"256", "UG"},
    {"257", "BI"},
    {"258", "MZ"},
    {"260", "ZM"},
    {"261", "MG"},
    {"262", "RE YT"},
    {"263", "ZW"},
    {"264", "NA"},
    {"265", "MW"},
    {"266", "LS"},
    {"267", "BW"},
    {"268", "SZ"},
    {"269", "KM"},
    {"290", "SH TA"},
    {"291", "ER"},
    {"297", "AW"},
    {"298", "FO"},
    {"299", "GL"},
    {"350", "GI"},
    {"351", "PT"},
    {"352", "LU"},
    {"353", "IE"},
    {"354", "IS"},
    {"355", "AL"},
    {"356", "MT"},
    {"357", "CY"},
    {"358", "FI AX"},
    {"359", "BG"},
    {"370", "LT"},
    {"371", "LV"},
    {"372", "EE"},
    {"373", "MD"},
    {"374", "AM"},
    {"375", "BY"},
    {"376", "AD"},
    {"377", "MC"},
    {"378", "SM"},
    {"380", "UA"},
    {"381", "RS"},
    {"382", "ME"},
    {"383", "XK"},
    {"385", "HR"},
    {"386", "SI"},
    {"387", "BA"},
    {"389", "MK"},
    {"420", "CZ"},
    {"421", "SK"},
    {"423", "LI"},
    {"500", "FK"},
    {"501", "BZ"},
    {"502", "GT"},
    {"503", "SV"},
    {"504", "HN"},
    {"505", "NI"},
    {"506", "CR"},
    {"507", "PA"},
    {"508", "PM"},
    {"509", "HT"},
    {"590", "GP BL MF"},
    {"591", "BO"},
    {"592", "GY"},
    {"593", "EC"},
    {"594", "GF"},
    {"595", "PY"},
    {"596", "MQ"},
    {"597", "SR"},
    {"598", "UY"},
    {"599", "CW BQ"},
    {"670", "TL"},
    {"672", "NF AQ"},
    {"673", "BN"},
    {"674", "NR"},
    {"675", "PG"},
    {"676", "TO"},
    {"677", "SB"},
    {"678", "VU"},
    {"679", "FJ"},
    {"680", "PW"},
    {"681", "WF"},
    {"682", "CK"},
    {"683", "NU"},
    {"685", "WS"},
    {"686", "KI"},
    {"687", "NC"},
    {"688", "TV"},
    {"689", "PF"},
    {"690", "TK"},
    {"691", "FM"},
    {"692", "MH"},
    {"850", "KP"},
    {"852", "HK"},
    {"853", "MO"},
    {"855", "KH"},
    {"856", "LA"},
    {"870", ""},
    {"880", "BD"},
    {"881", ""},
    {"882", ""},
    {"883", ""},
    {"886", "TW"},
    {"960", "MV"},
    {"961", "LB"},
    {"962", "JO"},
    {"963", "SY"},
    {"964", "IQ"},
    {"965", "KW"},
    {"966", "SA"},
    {"967", "YE"},
    {"968", "OM"},
    {"970", "PS"},
    {"971", "AE"},
    {"972", "IL"},
    {"973", "BH"},
    {"974", "QA"},
    {"975", "BT"},
    {"976", "MN"},
    {"977", "NP"},
    {"992", "TJ"},
    {"993", "TM"},
    {"994", "AZ"},
    {"995", "GE"},
    {"996", "KG"},
    {"998", "UZ"},
});

bool lists_region(std::string_view regions, std::string_view region) {
  while (!regions.empty()) {
    auto space = regions.find(' ');
    if (regions.substr(0, space) == region) return true;
    if (space == std::string_view::npos) break;
    regions.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

std::span<const CallingCode> all_calling_codes() { return kCodes; }

const CallingCode* match_calling_code(std::string_view digits) {
  for (const auto& c : kCodes) {
    if (digits.starts_with(c.code)) return &c;
  }
  return nullptr;
}

const CallingCode* find_calling_code(std::string_view code) {
  for (const auto& c : kCodes) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

std::string_view calling_code_of_region(std::string_view region) {
  if (region.size() != 2) return {};
  for (const auto& c : kCodes) {
    if (lists_region(c.regions, region)) return c.code;
  }
  return {};
}

std::string_view primary_region(const CallingCode& code) {
  return code.regions.substr(0, code.regions.find(' '));
}

}  // namespace tributary::host::phone
