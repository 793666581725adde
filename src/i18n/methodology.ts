/**
 * The methodology page's words, in each language: the rules a verdict
 * follows, each with its example from the data (the page draws the example's
 * figures from the stored assessment, never from this text), the bands and
 * where they come from, and the page's limits. Numbers of the rules come in
 * as values, from the one place they are set (progress.ts).
 */
import type { Lang } from "../lib/site/format.ts";

export interface RuleWords {
  id: string;
  lead: string;
  text: string;
  /** A commitment and area whose stored verdict shows the rule at work. */
  example?: { targetId: string; areaId: string };
}

export interface MethodologyValues {
  asOf: string;
  onTrack: string;
  offTrack: string;
  noProgress: string;
  approximate: string;
  about: string;
}

const VI = (v: MethodologyValues) => ({
  description: "Cách đưa ra kết luận cho từng cam kết, có ví dụ cho từng quy tắc và từng tình trạng.",
  lede: `Mỗi cam kết của một văn bản có một kết luận cho địa bàn của văn bản. Kết luận dựa trên số liệu đã công bố trong thư mục dữ liệu của trang, tính theo năm của bản phát hành (${v.asOf}). Khi không có số liệu để kết luận, trang nói rõ còn thiếu gì và cơ quan nào nắm giữ, và không tính đó là một kết luận.`,
  rulesHeading: "Quy tắc",
  rules: [
    {
      id: "decided",
      lead: "Chỉ số liệu mới cho kết luận.",
      text: "Đã đạt, không đạt đúng hạn, đúng tiến độ, chậm tiến độ, chưa có tiến triển, xa dần chỉ tiêu, chưa đạt còn thời hạn và đã thực hiện là kết luận: có số liệu quyết định. “Không tìm thấy báo cáo”, “chờ báo cáo”, “chưa có số liệu công bố”, “mới đo được một phần” và “chưa xác nhận được chỉ tiêu” nói điều còn thiếu; chúng được hiển thị và đếm riêng, ở trang chủ, trang kế hoạch, trang tỉnh, trang Tình trạng và trong assessments.csv (cột decided_by_figure). Mỗi văn bản mở đầu bằng “N trên M cam kết có số liệu để kết luận”; một cam kết được nhắc lại ở hai mục chỉ được tính một lần.",
    },
    {
      id: "calendar",
      lead: "Lịch trước.",
      text: "Kỳ được đánh giá là năm đến hạn; chỉ tiêu về một nhiệm kỳ (“nhiệm kỳ 2016 - 2020”) được đánh giá bằng cơ quan được bầu cho nhiệm kỳ đó (Hội đồng nhân dân khóa 2011-2016 không phải cơ quan của nhiệm kỳ bắt đầu năm 2016). Khi kỳ đó có số liệu, kết luận là cuối cùng: đã đạt hoặc không đạt đúng hạn, kể cả khi chỉ có một số liệu. Năm đến hạn đã qua mà chưa có số liệu của năm đó: đã đạt nếu số liệu gần nhất trước đó đã đạt; nếu không, trang ghi chưa có số liệu công bố và nêu số liệu còn thiếu cùng cơ quan công bố.",
    },
    {
      id: "pace",
      lead: "Trước thời hạn.",
      text: `Số liệu mới nhất đã đạt: đã đạt. Chỉ có một số liệu trong giai đoạn kế hoạch: khoảng cách đến chỉ tiêu bằng lời. Hai số liệu trở lên: tỷ số tiến độ của Cơ quan Thống kê Liên hợp quốc, tính từ năm gốc (số liệu cuối cùng không muộn hơn năm đầu kế hoạch, không có thì số đầu tiên): tỷ số = hướng × (dự báo đến hạn − giá trị năm gốc) / |mức chỉ tiêu − giá trị năm gốc|, hướng là +1 khi cần tăng, −1 khi cần giảm. Từ ${v.onTrack}: đúng tiến độ; từ ${v.offTrack}: chậm tiến độ; từ ${v.noProgress}: chưa có tiến triển; dưới ${v.noProgress}: xa dần chỉ tiêu. Tỷ lệ phần trăm tính theo đường thẳng (điểm phần trăm/năm); đơn vị khác theo tăng trưởng kép. Đã từng đạt từ năm gốc mà nay không đạt: xa dần chỉ tiêu; số liệu đều trước khi kế hoạch bắt đầu không dùng để tính xu hướng.`,
    },
    {
      id: "parts",
      lead: "Cam kết nêu nhiều cơ quan",
      text: "(“đại biểu Quốc hội và Hội đồng nhân dân các cấp”) được đánh giá cho từng cơ quan. Toàn bộ chỉ đã đạt khi mọi phần đạt; một phần không đạt đúng hạn thì toàn bộ không đạt; một phần chưa có số liệu thì toàn bộ là mới đo được một phần.",
    },
    {
      id: "binds",
      lead: "Chỉ tiêu ràng buộc ai.",
      text: "Mỗi chỉ tiêu (mỗi phần của nó) ghi rõ ràng buộc cả nước hay địa bàn của văn bản, và chỉ số liệu của đúng cơ quan đó mới cho kết luận. Chỉ tiêu quốc gia (Quốc hội có ít nhất 35% nữ) đặt cho cả Quốc hội, không cho đoàn đại biểu của từng tỉnh: số liệu của một tỉnh là phần đóng góp của tỉnh, được hiển thị và đếm riêng, không bao giờ là dấu ✖ của tỉnh.",
      example: { targetId: "ubtvqh-co-cau-qh-xvi-1", areaId: "quang-ninh" },
    },
    {
      id: "statute",
      lead: "Tỷ lệ do luật định",
      text: "chỉ áp dụng cho điều mà điều luật ràng buộc, có trích điều luật. Luật Bầu cử (Luật số 85/2015/QH13) Điều 8 khoản 3 đặt 35% nữ trong danh sách chính thức người ứng cử đại biểu Quốc hội của cả nước; Điều 9 đặt cho danh sách người ứng cử của từng Hội đồng nhân dân. Vì thế, khi kế hoạch của một tỉnh ghi “theo quy định”, lá phiếu Quốc hội của tỉnh chỉ là phần đóng góp; các phần Hội đồng nhân dân được đánh giá trên danh sách của tỉnh.",
      example: { targetId: "lai-chau-579-kh-ubnd-2016-vi-4-quota", areaId: "lai-chau" },
    },
    {
      id: "proxies",
      lead: "Số liệu thay thế.",
      text: "Khi không có số liệu đo đúng chỉ tiêu, một số liệu đo cùng nhóm người dưới tên khác được dùng để kết luận, luôn ghi “theo số liệu thay thế” và đếm riêng. Số liệu của một cơ quan hẹp hơn (Ban Chấp hành Đảng bộ tỉnh thay cho cấp ủy các cấp) hoặc của một nhóm người khác (người trúng cử thay cho người trong nguồn quy hoạch) chỉ để tham khảo, không bao giờ cho kết luận, và thẻ nói rõ vì sao.",
      example: { targetId: "lao-cai-84-kh-ubnd-2017-1", areaId: "lao-cai-truoc-2025" },
    },
    {
      id: "computed",
      lead: "Số liệu tính ra",
      text: "từ số liệu đã in (một tỷ lệ từ các số đếm, một mức trừ đi mức tăng được nêu) hoặc đếm từ danh sách chính thức được ghi rõ là do nhóm dự án tính, đếm, ở mọi nơi số liệu đó hiện ra.",
      example: { targetId: "lao-cai-84-kh-ubnd-2017-2", areaId: "lao-cai-truoc-2025" },
    },
    {
      id: "documents",
      lead: "Mỗi văn bản một loại bằng chứng.",
      text: "Mọi số liệu của một văn bản mà chính quyền báo cáo về chính mình (một báo cáo của Chính phủ, kể cả bản tóm tắt của người khác) đều là số liệu theo báo cáo, ghi “theo báo cáo của <cơ quan>”, không bao giờ là số liệu thống kê.",
      example: { targetId: "nq-28-nq-cp-2021-3", areaId: "viet-nam" },
    },
    {
      id: "actions",
      lead: "Cam kết không có con số",
      text: "(xây dựng cơ sở dữ liệu, hội nghị sơ kết, kiểm tra hằng năm): đã thực hiện khi một báo cáo công bố cho biết việc đó đã làm trong giai đoạn kế hoạch; không tìm thấy báo cáo khi báo cáo đã đến hạn mà chưa thấy; còn lại là chờ báo cáo. Cơ quan thực hiện có thể gửi báo cáo qua trang Gửi báo cáo.",
    },
    {
      id: "qualified",
      lead: "Số liệu có từ định tính",
      text: `(“gần 43%”, “trên 28%”) giữ nguyên từ đó. Nó chỉ quyết định kết luận khi mọi giá trị nó cho phép đều nằm cùng một phía của chỉ tiêu (“gần”, “khoảng”: trong phạm vi ${v.approximate} đơn vị) và không dùng để tính tốc độ.`,
    },
    {
      id: "unconfirmed",
      lead: "Dấu so sánh chưa xác nhận.",
      text: "Chỉ tiêu lấy từ bản diễn giải được tính với mọi cách đọc của văn bản tiếng Việt; khi các cách đọc cho kết quả khác nhau, hoặc khi kết quả là đã đạt, trang ghi “chưa xác nhận được chỉ tiêu”.",
    },
    {
      id: "units",
      lead: "Đơn vị hành chính từ 12/6/2025.",
      text: `Số liệu kỳ trước sắp xếp được cộng chính xác từ các tỉnh cũ (tử số cộng tử số, mẫu số cộng mẫu số) khi mọi tỉnh cũ đều có số đếm; không lấy trung bình các tỷ lệ. Chỉ tiêu “khoảng” đạt khi chênh lệch không quá ${v.about}% giá trị chỉ tiêu.`,
    },
  ] satisfies RuleWords[],
  exampleLabel: "Ví dụ",
  statusesHeading: "Các tình trạng, mỗi tình trạng một ví dụ",
  fromData: "Ví dụ từ dữ liệu của trang",
  hypothetical: "Ví dụ giả định (không phải số liệu thật)",
  hypotheticalTarget: (target: string, deadline: string, start: string, asOf: string) =>
    `chỉ tiêu ${target} năm ${deadline}; kế hoạch bắt đầu ${start}; tính năm ${asOf}.`,
  projected: "dự báo",
  ratio: "tỷ số",
  hypotheticalAction: (start: string, end: string, year: string) =>
    `Ví dụ giả định: một cam kết không có con số của kế hoạch ${start}–${end}; một báo cáo công bố năm ${year} cho biết việc đã làm.`,
  bandsHeading: "Ngưỡng và nguồn của phương pháp",
  bands: [
    `Ngưỡng ${v.onTrack} và ${v.offTrack} là của ghi chú kỹ thuật Biểu đồ tiến độ SDG năm 2023 của Cơ quan Thống kê Liên hợp quốc (theo bản mô tả của Cơ quan Thống kê Basque EUSTAT dựa trên ghi chú đó). Các báo cáo SDG từ năm 2024 được mô tả là dùng năm mức; trang chưa đọc được bản ghi chú mới nên giữ hai ngưỡng của năm 2023 và thêm ngưỡng ${v.noProgress} để tách “chưa có tiến triển” khỏi “xa dần chỉ tiêu”.`,
    "Thẻ “Cách tính” còn ghi điểm theo thang Open SDG (tham khảo): hướng × tốc độ tăng bình quân thực tế / |tốc độ cần có|. Điểm để trống, có ghi lý do, khi chỉ tiêu hoặc số liệu bằng 0, khi chưa có xu hướng, hoặc khi thời hạn đã qua; điểm này không quyết định kết luận.",
  ],
  noteLink: "ghi chú kỹ thuật năm 2023",
  chartsHeading: "Chỉ tiêu trên biểu đồ",
  charts:
    "Đường chỉ tiêu trên biểu đồ theo thời gian bắt đầu từ kỳ đầu tiên sau khi kế hoạch có hiệu lực. Ở trang So sánh, chỉ tiêu chỉ hiện khi kỳ “Đến” là kỳ chỉ tiêu được đánh giá; nếu không, một dòng ghi kỳ nào có chỉ tiêu. Mỗi đơn vị đã chọn mà không vẽ được như chính nó được liệt kê kèm lý do.",
  abbreviationsHeading: "Chữ viết tắt",
  limitsHeading: "Giới hạn",
  limits: [
    "Nhiều chỉ số chỉ có một hoặc hai kỳ số liệu; tốc độ từ hai điểm là giả định rằng xu hướng giữ nguyên.",
    "Số liệu sơ bộ được đánh dấu “sơ bộ” và có thể được sửa.",
    "Tỷ số giới tính khi sinh từ điều tra, đăng ký hộ tịch và báo cáo hành chính là ba chỉ số khác nhau; không nối với nhau.",
    "“Không tìm thấy báo cáo” nghĩa là trang chưa tìm thấy báo cáo công bố; báo cáo nội bộ có thể đã được gửi.",
  ],
});

const EN = (v: MethodologyValues): ReturnType<typeof VI> => ({
  description: "How each commitment gets its verdict, with an example for every rule and every status.",
  lede: `Every commitment of a document gets a verdict for the document's area. Verdicts rest on the published figures in the site's data folder, as of the release year (${v.asOf}). Where no figure decides it, the page says what is missing and who holds it, and does not count it as a verdict.`,
  rulesHeading: "Rules",
  rules: [
    {
      id: "decided",
      lead: "Only a figure decides.",
      text: "Achieved, not achieved by the deadline, on track, off track, no progress, moving away, short before the deadline and delivered are verdicts: a figure decides them. “No report found”, “waiting for a report”, “no figure published”, “partly measured” and “target wording unconfirmed” say what is missing; they are shown and counted apart, on the home page, plan pages, province pages, the status page and in assessments.csv (the decided_by_figure column). Each document opens with “N of M commitments have a figure that decides them”; a commitment repeated in two sections is counted once.",
    },
    {
      id: "calendar",
      lead: "The calendar first.",
      text: "The judged period is the deadline year; a target about a term (“2016 - 2020 term”) is judged on the body elected for that term (the council of 2011-2016 is not the body of the 2016 term). When that period has a figure, the verdict is final: achieved or not achieved by the deadline, even from a single figure. The deadline year over with no figure for it: achieved if the last earlier figure met the target; otherwise the page reads no figure published and names the missing figure and who publishes it.",
    },
    {
      id: "pace",
      lead: "Before the deadline.",
      text: `The latest figure meets the target: achieved. One figure in the plan's period: its distance to the target in words. Two or more: the UN Statistics Division's progress ratio from the baseline (the last figure no later than the plan's first year, else the first): ratio = direction × (projected value at the deadline − baseline) / |target − baseline|, the direction +1 when more is needed, −1 when less is. From ${v.onTrack}: on track; from ${v.offTrack}: off track; from ${v.noProgress}: no progress; below ${v.noProgress}: moving away. Shares move in a straight line (percentage points a year); other units at their compound growth rate. A target met since the baseline and missed now: moving away; figures that all predate the plan give no trend.`,
    },
    {
      id: "parts",
      lead: "Commitments naming several bodies",
      text: "(“National Assembly and People's Council deputies at all levels”) are judged body by body. The whole is achieved only when every part is; one part not achieved by its deadline makes the whole not achieved; a part with no figure makes the whole partly measured.",
    },
    {
      id: "binds",
      lead: "Whom a target binds.",
      text: "Each target (each part of it) records whether it binds the whole country or the document's own area, and only a figure of that body decides it. A national target (at least 35% women in the National Assembly) is on the whole Assembly, not on each province's delegation: a province's figure is its contribution, shown and counted apart, never the province's ✖.",
      example: { targetId: "ubtvqh-co-cau-qh-xvi-1", areaId: "quang-ninh" },
    },
    {
      id: "statute",
      lead: "A share set by law",
      text: "applies only to what its article binds, and the article is quoted. The Election Law (Law 85/2015/QH13) Article 8.3 sets 35% women on the official national list of National Assembly candidates; Article 9 sets it for each People's Council's list. So where a province's plan says “as the rules set”, the province's National Assembly ballot is only a contribution; its council parts are judged on the province's lists.",
      example: { targetId: "lai-chau-579-kh-ubnd-2016-vi-4-quota", areaId: "lai-chau" },
    },
    {
      id: "proxies",
      lead: "Proxies.",
      text: "Where nothing measures the target itself, a figure of the same group under another name decides it, always shown “by proxy” and counted apart. A figure of a narrower body (the provincial Party executive committee for Party committees at all levels) or of another group (those elected for those in the planning pool) is context only, never a verdict, and the card says why.",
      example: { targetId: "lao-cai-84-kh-ubnd-2017-1", areaId: "lao-cai-truoc-2025" },
    },
    {
      id: "computed",
      lead: "Figures computed",
      text: "from printed ones (a share of printed counts, a level less a stated rise) or counted from an official list are said to be computed or counted by the project, wherever they show.",
      example: { targetId: "lao-cai-84-kh-ubnd-2017-2", areaId: "lao-cai-truoc-2025" },
    },
    {
      id: "documents",
      lead: "One kind of evidence per document.",
      text: "Every figure of a document in which a government reports on itself (a Government report, a third party's summary of it included) is a reported figure, shown “as reported by <body>”, never as a statistic.",
      example: { targetId: "nq-28-nq-cp-2021-3", areaId: "viet-nam" },
    },
    {
      id: "actions",
      lead: "Commitments without a number",
      text: "(a database to build, review conferences, a yearly inspection): delivered when a published report says it was done within the plan's period; no report found when a report was owed and none is published; otherwise waiting for a report. The body that carries it out can send its report through the Send a report page.",
    },
    {
      id: "qualified",
      lead: "Figures printed with a qualifier",
      text: `(“nearly 43%”, “over 28%”) keep it. They settle a verdict only when every value they allow falls on the same side of the target (“nearly”, “about”: within ${v.approximate} unit) and never set a pace.`,
    },
    {
      id: "unconfirmed",
      lead: "Unconfirmed comparators.",
      text: "A target taken from a paraphrase is worked out under every reading the Vietnamese text may have; where the readings disagree, or where the result is achieved, the page reads “target wording unconfirmed”.",
    },
    {
      id: "units",
      lead: "The units from 12 June 2025.",
      text: `Figures from before the reorganisation are summed exactly from the old provinces (numerators and denominators) when every old province has counts; shares are never averaged. An “about” target is met within ${v.about}% of its value.`,
    },
  ],
  exampleLabel: "Example",
  statusesHeading: "The statuses, each with a worked example",
  fromData: "Example from the site's data",
  hypothetical: "Hypothetical example (not real figures)",
  hypotheticalTarget: (target: string, deadline: string, start: string, asOf: string) =>
    `target ${target} by ${deadline}; plan from ${start}; judged in ${asOf}.`,
  projected: "projected",
  ratio: "ratio",
  hypotheticalAction: (start: string, end: string, year: string) =>
    `Hypothetical example: a commitment without a number in a ${start}–${end} plan; a report published in ${year} says it was done.`,
  bandsHeading: "Bands and where the method comes from",
  bands: [
    `The bands ${v.onTrack} and ${v.offTrack} are those of the UN Statistics Division's 2023 SDG Progress Chart technical note (as the Basque statistics office EUSTAT describes it). Progress reports since 2024 are said to use five bands; the site could not read a newer note, so it keeps the 2023 bands and adds the split at ${v.noProgress} to tell “no progress” from “moving away”.`,
    "The Calculation card also gives the Open SDG score (for reference): direction × observed compound growth / |required compound growth|. It is left blank, with the reason, for a zero target or value, where there is no trend yet, or once the deadline has passed; it does not set the verdict.",
  ],
  noteLink: "the 2023 technical note",
  chartsHeading: "Targets on the charts",
  charts:
    "A target's line on a chart over time starts at the first period after its plan took effect. On the compare page, a target is drawn only when the “To” period is the one it is judged in; otherwise a line names the periods that have one. Every chosen area that cannot be drawn as itself is listed with the reason.",
  abbreviationsHeading: "Abbreviations",
  limitsHeading: "Limits",
  limits: [
    "Many indicators have one or two periods of figures; a pace from two points assumes the trend holds.",
    "Preliminary figures are marked “preliminary” and may be revised.",
    "The sex ratio at birth from surveys, civil registration and administrative reports are three different indicators, never joined.",
    "“No report found” means the site found no published report; an internal report may have been sent.",
  ],
});

export function methodologyWords(lang: Lang, values: MethodologyValues): ReturnType<typeof VI> {
  return lang === "vi" ? VI(values) : EN(values);
}

/** The abbreviations the plans and sources use, spelled out: the short form, the Vietnamese in full, the English. */
export const ABBREVIATIONS: readonly [string, string, string][] = [
  ["UBND", "Ủy ban nhân dân", "People's Committee"],
  ["HĐND", "Hội đồng nhân dân", "People's Council"],
  ["ĐBQH", "đại biểu Quốc hội", "National Assembly deputy"],
  ["HĐBCQG", "Hội đồng bầu cử quốc gia", "National Election Council"],
  ["LHPN", "Liên hiệp Phụ nữ (Hội Liên hiệp Phụ nữ Việt Nam)", "Women's Union"],
  ["TCTK", "Tổng cục Thống kê (từ 3/2025: Cục Thống kê, Bộ Tài chính)", "General Statistics Office"],
  ["KH", "kế hoạch", "plan"],
  ["NQ, QĐ, CT", "nghị quyết, quyết định, chỉ thị", "resolution, decision, directive"],
  ["CP, TTg", "Chính phủ, Thủ tướng Chính phủ", "the Government, the Prime Minister"],
  ["SDG", "Mục tiêu phát triển bền vững", "Sustainable Development Goals"],
  ["CAGR", "tốc độ tăng trưởng kép hằng năm", "compound annual growth rate"],
];
