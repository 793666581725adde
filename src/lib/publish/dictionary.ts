/**
 * The data dictionary, in both languages, in one place: what each column of
 * every download means (a name means the same in every table; a table may
 * name an entry of its own, "value@targets"), and what each download is. The
 * tables (tables.ts), the data package and the Data page all read it; a unit
 * test checks every column of every table has its entry.
 */
import type { Text } from "../model.ts";
import TABLE_WORDS_JSON from "./table-words.json";

export type FieldType = "string" | "number" | "integer" | "date" | "boolean";

export interface FieldEntry {
  type: FieldType;
  en: string;
  vi: string;
}

const s = (en: string, vi: string): FieldEntry => ({ type: "string", en, vi });
const n = (en: string, vi: string): FieldEntry => ({ type: "number", en, vi });
const i = (en: string, vi: string): FieldEntry => ({ type: "integer", en, vi });
const d = (en: string, vi: string): FieldEntry => ({ type: "date", en, vi });

export const FIELDS = {
  indicator: s("Indicator id (see indicators.csv)", "Mã chỉ số (xem indicators.csv)"),
  area_id: s("Area id (see areas.csv)", "Mã địa bàn (xem areas.csv)"),
  area_code: s(
    "GSO code of the area, with its leading zero (01 is Hà Nội): read it as text (pandas: dtype={'area_code': str}); VN for the country",
    "Mã đơn vị hành chính, giữ số 0 ở đầu (01 là Hà Nội): đọc như văn bản (pandas: dtype={'area_code': str}); VN là cả nước",
  ),
  area_name: s("Area name in Vietnamese", "Tên địa bàn"),
  period: s(
    "Period id: a year (2019), a span or term (2016-2021), or a legislature (NA-XIV)",
    "Kỳ: một năm (2019), một giai đoạn hoặc nhiệm kỳ (2016-2021), hoặc một khóa Quốc hội (NA-XIV)",
  ),
  sex: s(
    "female, male, total, or empty where the indicator has no breakdown",
    "female (nữ), male (nam), total (chung), hoặc để trống khi chỉ số không chia theo giới tính",
  ),
  value: n("The figure, in the indicator's unit (percent 0-100)", "Giá trị, theo đơn vị của chỉ số (phần trăm từ 0 đến 100)"),
  "value@targets": n("Target value", "Mức chỉ tiêu"),
  "value@reported": n("The figure used (on a target, as a proxy or as context)", "Giá trị được dùng (cho chỉ tiêu, làm số liệu thay thế hoặc để tham khảo)"),
  "value@template": n(
    "The figure, in the unit; for a commitment without a number, 1 if it was done in that period, 0 if not; empty when nothing is reported",
    "Giá trị, theo đơn vị; với cam kết không có con số: 1 nếu đã thực hiện trong kỳ, 0 nếu chưa; để trống khi chưa có gì để báo cáo",
  ),
  qualifier: s(
    'over, under, nearly or about when the source printed the figure so ("gần 43%"); the figure is then a bound or an approximation',
    "over (trên), under (dưới), nearly (gần), about (khoảng) khi nguồn in số liệu như vậy; khi đó là một cận hoặc số gần đúng",
  ),
  derivation: s(
    "printed (as the source printed it), computed (by the project from printed figures: a share of printed counts, a level less a stated rise) or counted (by the project from an official list)",
    "printed (như nguồn in), computed (nhóm dự án tính từ số liệu đã in: tỷ lệ từ các số đếm, mức trừ đi mức tăng được nêu) hoặc counted (nhóm dự án đếm từ danh sách chính thức)",
  ),
  reported: s(
    "yes when the figure comes from a report a government published about its own bodies (every figure of such a document), not a statistic",
    "yes khi số liệu lấy từ báo cáo của cơ quan nhà nước về chính mình (mọi số liệu của văn bản đó), không phải số liệu thống kê",
  ),
  numerator: n("Count behind a share, where published", "Tử số của tỷ lệ, khi được công bố"),
  denominator: n("Count behind a share, where published", "Mẫu số của tỷ lệ, khi được công bố"),
  headline: s(
    "yes for the value shown where publishers disagree; no for the others",
    "yes cho giá trị được hiển thị khi các nguồn khác nhau; no cho các giá trị còn lại",
  ),
  preliminary: s("yes where the source marks the figure preliminary", "yes khi nguồn ghi là số sơ bộ"),
  source_id: s("Source folder (see sources.csv)", "Thư mục nguồn (xem sources.csv)"),
  source_line: i("Line of the row in the source file", "Dòng trong tệp nguồn"),
  citation_title: s("The publication the figure was printed in", "Ấn phẩm in số liệu"),
  citation_url: s("Its address", "Địa chỉ của ấn phẩm"),
  note: s("Notes, including unit conversions", "Ghi chú, kể cả việc đổi đơn vị"),
  "note@template": s("What a reader must know", "Điều người đọc cần biết"),
  id: s("Id", "Mã"),
  name_vi: s("Name in Vietnamese", "Tên tiếng Việt"),
  name_en: s("Name in English", "Tên tiếng Anh"),
  unit: s("percent, count, ratio, hours, minutes, rank, flag, group", "Đơn vị: percent, count, ratio, hours, minutes, rank, flag, group"),
  "unit@targets": s("Unit of the target", "Đơn vị của chỉ tiêu"),
  "unit@template": s("The unit (keep as is)", "Đơn vị (giữ nguyên)"),
  better: s("higher, lower or none", "higher (cao hơn là tốt hơn), lower (thấp hơn là tốt hơn) hoặc none"),
  periodicity: s("year, legislature or span", "year (năm), legislature (khóa Quốc hội) hoặc span (giai đoạn, nhiệm kỳ)"),
  definition_en: s("Definition", "Định nghĩa (tiếng Anh)"),
  code: s("GSO code", "Mã đơn vị hành chính"),
  level: s("country, region or province", "country (cả nước), region (vùng) hoặc province (tỉnh)"),
  valid_from: d("First day of validity (empty: open)", "Ngày bắt đầu hiệu lực (để trống: không giới hạn)"),
  valid_to: d("Last day of validity (empty: open)", "Ngày hết hiệu lực (để trống: không giới hạn)"),
  sets: s("p63, p34 or both (;-separated)", "p63, p34 hoặc cả hai (ngăn cách bằng ;)"),
  region: s("Region id", "Mã vùng"),
  became: s("The 2025 unit an old province became", "Đơn vị năm 2025 mà tỉnh cũ được sắp xếp vào"),
  formed_from: s("Old provinces a 2025 unit was formed from (;-separated)", "Các tỉnh cũ hợp thành đơn vị năm 2025 (ngăn cách bằng ;)"),
  issuer_vi: s("Issuer", "Cơ quan ban hành"),
  issuer_level: s("national, province, department, district", "national (trung ương), province (tỉnh), department (sở, ngành), district (huyện)"),
  doc_number: s("Document number", "Số hiệu văn bản"),
  doc_date: s("Document date (or year)", "Ngày (hoặc năm) ban hành"),
  title_vi: s("Title", "Tên văn bản"),
  plan: s("Plan id (see plans.csv)", "Mã kế hoạch (xem plans.csv)"),
  section: s("Section of the plan", "Mục của kế hoạch"),
  comparator: s(
    "at_least, more_than, at_most, less_than, equal, about, between, none",
    "at_least (từ … trở lên), more_than (trên), at_most (không quá), less_than (dưới), equal (bằng), about (khoảng), between (trong khoảng), none (không có con số)",
  ),
  comparator_symbol: s(
    "The same as a symbol, for display (a leading ' keeps a spreadsheet from reading = as a formula)",
    "Dấu so sánh để hiển thị (dấu ' ở đầu để bảng tính không coi = là công thức)",
  ),
  value_max: n("Upper value for between", "Giá trị trên, với between"),
  deadline: i("Deadline year", "Năm đến hạn"),
  term: s("Elected term the target is about, if any", "Nhiệm kỳ mà chỉ tiêu nói đến, nếu có"),
  recurrence: s("yearly or monthly for recurring commitments", "yearly (hằng năm) hoặc monthly (hằng tháng) với cam kết định kỳ"),
  measure: s("statistics or administrative", "statistics (đo được bằng số liệu thống kê) hoặc administrative (chỉ đo được qua báo cáo)"),
  indicators: s("Indicators measuring it directly (;-separated)", "Các chỉ số đo trực tiếp (ngăn cách bằng ;)"),
  proxies: s(
    "Proxy indicators, each with how it relates to the group the target is about: id@same (decides), id@narrower or id@other (context only); ;-separated",
    "Các chỉ số thay thế, mỗi chỉ số kèm quan hệ với nhóm chỉ tiêu nói đến: id@same (dùng để kết luận), id@narrower hoặc id@other (chỉ để tham khảo); ngăn cách bằng ;",
  ),
  text_vi: s("The plan's sentence, quoted", "Lời văn của kế hoạch, trích nguyên văn"),
  text_en: s("English translation", "Bản dịch tiếng Anh"),
  commitment: s(
    "The commitment (targets quoted by two documents, or twice in one, share the first one's id; count each once)",
    "Cam kết (chỉ tiêu được nhắc lại dùng chung mã của lần đầu): tính mỗi cam kết một lần",
  ),
  parts: s(
    "The bodies the target names, each with its measures and whom it binds (nation or area): parts separated by |",
    "Các cơ quan chỉ tiêu nêu, mỗi cơ quan với các chỉ số đo và phạm vi ràng buộc (nation: cả nước; area: địa bàn của kế hoạch): ngăn cách phần bằng |",
  ),
  responsible_vi: s("The body the plan charges with it, where it names one", "Cơ quan kế hoạch giao chủ trì, nếu có nêu"),
  set_by_vi: s(
    "Where the plan leaves the figure to the rules: the document that sets it, quoted",
    "Khi kế hoạch ghi “theo quy định”: văn bản đặt ra mức đó, có trích dẫn",
  ),
  target: s("Target id", "Mã chỉ tiêu, cam kết"),
  "target@template": s(
    "The commitment's id (keep as is); a file reports on one plan and one area, as its template",
    "Mã cam kết (giữ nguyên); mỗi tệp chỉ báo cáo một kế hoạch và một địa bàn, như mẫu của nó",
  ),
  status: s("The verdict on the whole commitment (see the methodology page)", "Kết luận về toàn bộ cam kết (xem trang Phương pháp)"),
  "status@missing": s(
    "not-reported (a report was owed and none is published) or awaiting-report",
    "not-reported (đã đến hạn báo cáo mà không tìm thấy) hoặc awaiting-report (chờ báo cáo)",
  ),
  status_kind: s(
    "decided (a figure settles it), missing (the status says what is missing) or contribution (a province's figure against a target that binds the nation)",
    "decided (có số liệu để kết luận), missing (tình trạng cho biết còn thiếu gì) hoặc contribution (số liệu của tỉnh so với chỉ tiêu đặt cho cả nước)",
  ),
  decided_by_figure: s(
    "yes when a figure decides the verdict. A commitment with several parts has one row per part: count distinct commitment and area_id among the yes rows to get the decided verdicts the site shows",
    "yes khi có số liệu để kết luận. Cam kết nhiều phần có một dòng cho mỗi phần: đếm các cặp commitment và area_id khác nhau trong các dòng yes để được số kết luận trang hiển thị",
  ),
  repeat_of: s(
    "The commitment this passage repeats, where it repeats one (counted once, under that id); empty otherwise",
    "Cam kết mà đoạn này nhắc lại, nếu có (chỉ tính một lần, theo mã đó); để trống nếu không",
  ),
  evidence: s(
    "statistic, proxy (a measure of the same group), reported (a government's own report) or none",
    "statistic (số liệu thống kê), proxy (số liệu thay thế cùng nhóm), reported (theo báo cáo của cơ quan) hoặc none",
  ),
  comparator_unconfirmed: s(
    "yes when the comparator was read from a paraphrase and not checked against the Vietnamese text",
    "yes khi dấu so sánh lấy từ bản diễn giải, chưa đối chiếu với văn bản tiếng Việt",
  ),
  body_unconfirmed: s(
    'yes when the wording does not say which body its figure is set for (a news report\'s "share of women": of the candidates or of the deputies), so every reading is judged and the verdict stands only where they agree',
    'yes khi lời chỉ tiêu không nói mức đặt cho cơ quan nào (bản tin viết "tỷ lệ phụ nữ": của người ứng cử hay của đại biểu trúng cử); mọi cách đọc đều được đánh giá và chỉ kết luận khi các cách cho cùng kết quả',
  ),
  body_readings: s(
    'The other readings of the body, each as indicator, judged period, judged value, its basis (as judged_basis) and status ("-" where there is no figure), separated by "; "; empty when the body is clear',
    'Các cách đọc khác về cơ quan, mỗi cách gồm chỉ số, kỳ đánh giá, giá trị, cách có số liệu (như judged_basis) và kết quả ("-" khi chưa có số liệu), cách nhau bởi "; "; để trống khi cơ quan đã rõ',
  ),
  part: i("Part of the commitment (one per body it names), from 1", "Phần của cam kết (mỗi cơ quan chỉ tiêu nêu một phần), từ 1"),
  part_binds: s(
    "nation (a figure of the whole country decides it), area (the plan's area's own) or province (each province's own body, for a rule that binds every province)",
    "nation (số liệu cả nước), area (số liệu của chính địa bàn kế hoạch) hoặc province (số liệu cơ quan của từng tỉnh, với quy định ràng buộc mọi tỉnh)",
  ),
  part_indicator: s("Indicator the part is judged on", "Chỉ số dùng để đánh giá phần này"),
  part_evidence: s("statistic, proxy, reported or none", "statistic, proxy, reported hoặc none"),
  part_status: s("The part's verdict", "Kết luận của phần này"),
  part_reason: s("Why, where the status alone does not say it", "Lý do, khi tình trạng chưa nói đủ"),
  baseline_period: s("Baseline period", "Kỳ gốc"),
  baseline_value: n("Baseline value", "Giá trị kỳ gốc"),
  judged_period: s("Period of the value judged", "Kỳ của giá trị được đánh giá"),
  judged_value: n("Value judged", "Giá trị được đánh giá"),
  judged_qualifier: s("over, under, nearly or about when the figure was printed so", "over, under, nearly hoặc about khi số liệu được in như vậy"),
  judged_basis: s(
    "published, computed or counted (by the project), sum-over-sum or sum (old provinces of a 2025 unit), reported",
    "published (như công bố), computed hoặc counted (nhóm dự án tính, đếm), sum-over-sum hoặc sum (cộng từ các tỉnh cũ của đơn vị năm 2025), reported (theo báo cáo)",
  ),
  context: s(
    "Figures shown beside the part that do not decide it (a narrower body or another group): indicator@group period value basis (as judged_basis), ;-separated",
    "Số liệu tham khảo, không dùng để kết luận (cơ quan hẹp hơn hoặc nhóm khác): chỉ số@nhóm kỳ giá trị cách-có-số-liệu (như judged_basis), ngăn cách bằng ;",
  ),
  projected: n("Value at the deadline at the pace since the baseline", "Giá trị dự kiến đến hạn theo tốc độ từ kỳ gốc"),
  ratio: n("(projected - baseline) / |target - baseline|, signed by the target's direction", "Tỷ số tiến độ: hướng × (dự kiến − gốc) / |chỉ tiêu − gốc|"),
  open_sdg_ratio: n(
    "Observed over required compound annual growth, signed by the direction",
    "Tỷ số Open SDG: hướng × tăng trưởng kép thực tế / |tăng trưởng kép cần có|",
  ),
  title: s("Title", "Tên"),
  publisher: s("Publisher", "Cơ quan công bố"),
  "publisher@reported": s("The body that reported it", "Cơ quan báo cáo"),
  "publisher@template": s("The body that wrote the report", "Cơ quan ban hành báo cáo"),
  url: s("Address", "Địa chỉ"),
  "url@template": s("Where the report is published (http or https)", "Nơi công bố báo cáo (http hoặc https)"),
  retrieved: d("Date copied into the project", "Ngày sao vào dự án"),
  licence: s("Licence", "Giấy phép"),
  sha256: s("Checksums of its files (;-separated)", "Mã kiểm tra SHA-256 của các tệp (ngăn cách bằng ;)"),
  reporter_vi: s("Who reports, from the plan's reporting clause", "Cơ quan báo cáo, theo chế độ báo cáo của kế hoạch"),
  receiver_vi: s("Who receives the report", "Nơi nhận báo cáo"),
  due_vi: s("By when", "Thời hạn báo cáo"),
  published: s(
    "Reported figures on or near it so far (value, period, body), ;-separated",
    "Các số liệu theo báo cáo đã công bố về hoặc gần cam kết (giá trị, kỳ, cơ quan), ngăn cách bằng ;",
  ),
  role: s(
    "target (the commitment's own figure), proxy (the same group under another name), context (near it: a narrower body or another group) or listed",
    "target (số liệu của chính cam kết), proxy (cùng nhóm, tên khác), context (gần cam kết: cơ quan hẹp hơn hoặc nhóm khác) hoặc listed (chỉ liệt kê)",
  ),
  printed: s("The value and unit as printed", "Giá trị và đơn vị như được in"),
  report: s("The report or article", "Báo cáo hoặc bài báo"),
  report_date: s("Its date", "Ngày của báo cáo"),
  quote: s("The words printed", "Lời văn được in"),
  "quote@template": s("The plan's words", "Lời văn của kế hoạch"),
  reason_en: s(
    "Why it is a proxy or context, or why it is tied to no target",
    "Lý do là số liệu thay thế hoặc tham khảo, hoặc vì sao không gắn vào chỉ tiêu nào (tiếng Anh)",
  ),
  reason_vi: s("The same, in Vietnamese", "Lý do, tiếng Việt"),
  kind: s("changed, added or removed", "changed (thay đổi), added (thêm) hoặc removed (bớt)"),
  before: n("Value in the previous release", "Giá trị ở bản phát hành trước"),
  after: n("Value in this release", "Giá trị ở bản này"),
  document: s("The report's title and number", "Tên và số hiệu báo cáo"),
  date: s("The report's date, 2025-11-30", "Ngày của báo cáo, ví dụ 2025-11-30"),
  "area_name@template": s("The plan's area (keep as is)", "Địa bàn của kế hoạch (giữ nguyên)"),
  "period@template": s(
    "The year the figure is for, such as 2024, within the commitment's term (from the plan's first year to its deadline); left empty for the sender",
    "Năm của số liệu, ví dụ 2024, trong thời hạn của cam kết (từ năm đầu của kế hoạch đến thời hạn của cam kết); người gửi tự điền",
  ),
} as const satisfies Record<string, FieldEntry>;

export type FieldKey = keyof typeof FIELDS;

/** A column's name: an entry's key up to its "@" ("value@targets" is the column "value"). */
export function columnName(key: FieldKey): string {
  return key.split("@")[0] ?? key;
}

/** What each download is, by path ("indicators/*" for a family of files): its title and a sentence, in both languages (table-words.json). */
export const TABLE_WORDS: Record<string, { title: Text; description: Text }> = TABLE_WORDS_JSON;

/** The words of a download, by its path. */
export function tableWords(path: string): { title: Text; description: Text } | undefined {
  return TABLE_WORDS[path] ?? TABLE_WORDS[path.replace(/\/.*$/u, "/*")];
}

/** What a plan's own files add to its title. */
export const PLAN_FILE_WORDS = {
  template: { vi: "mẫu báo cáo", en: "reporting template" },
  status: { vi: "kết luận", en: "progress" },
} as const satisfies Record<string, Text>;
