/**
 * The information request ("Phiếu yêu cầu cung cấp thông tin"): the form's
 * own words, in Vietnamese on every page as the Law on Access to Information
 * requires, and the English explanation shown above it on English pages.
 */
export const REQUEST_FORM = {
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  title: "PHIẾU YÊU CẦU CUNG CẤP THÔNG TIN",
  to: "Kính gửi:",
  name: "Họ và tên người yêu cầu: ..............................................................",
  address: "Nơi cư trú, địa chỉ: ......................................................................",
  identity: "Số căn cước công dân / chứng minh nhân dân / hộ chiếu: ............................",
  contact: "Số điện thoại, fax, địa chỉ thư điện tử (nếu có): .........................................",
  planByNumber: (number: string) => `Kế hoạch số ${number}`,
  planByTitle: (title: string) => `Kế hoạch “${title}”`,
  dated: (date: string) => ` ngày ${date}`,
  of: (issuer: string) => ` của ${issuer}`,
  ask: (docName: string, reporter: string, receiver: string, due: string) =>
    `Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13, tôi đề nghị được cung cấp kết quả thực hiện ${docName}, cụ thể là các số liệu, báo cáo sau (theo chế độ báo cáo của kế hoạch: ${reporter} báo cáo ${receiver}${due ? `, ${due}` : ""}):`,
  item: (section: string) => `Mục ${section}: “`,
  itemRest: (period: string, reporter: string) => `” — kỳ: ${period}; cơ quan báo cáo: ${reporter}.`,
  form: "Hình thức cung cấp thông tin: bản sao báo cáo, hoặc bản điện tử gửi qua thư điện tử.",
  reason: "Lý do, mục đích: theo dõi việc thực hiện các chỉ tiêu bình đẳng giới của kế hoạch.",
  place: "....................., ngày ..... tháng ..... năm ........",
  signer: "Người yêu cầu",
  sign: "(ký, ghi rõ họ tên)",
  lawHeading: "Căn cứ pháp lý (trích nguyên văn)",
  quotedFrom: "Nguồn trích:",
} as const;

export const REQUEST_EXPLAIN_EN = {
  heading: (title: string) => `Information request: ${title}`,
  text: (n: number) =>
    `Below is a request, in Vietnamese as the law requires, for the ${n} figures this plan's reports would show and that no published report gives. Viet Nam's Law on Access to Information (104/2016/QH13) lets a citizen ask a state body for information it holds. Fill in your name, address and identity number, print it or copy it, and take it to the body named, or send it by post, fax or e-mail. Nothing is sent from this site.`,
} as const;
