import type { SectionTemplate } from "../types";
import { periodicSections } from "./periodic";

// Six months, nine months and the year, as seed 001 (9 tháng đầu năm 2019) writes them.

export const longerSections: SectionTemplate[] = periodicSections({
  within: "Trong kỳ",
  portal: [
    "Đưa [{web.portal_posts_vi} tin, bài tiếng Việt][; {web.portal_posts_km} tin, bài tiếng Khmer][; {web.portal_posts_en} tin, bài tiếng Anh] lên Cổng thông tin điện tử tỉnh.",
    "Chuyển thể sang audio {web.audio_bulletins} bản tin để phục vụ người khiếm thị.",
    "[Tiếp nhận {web.citizen_questions} câu hỏi của công dân qua chuyên mục “Công dân - doanh nghiệp hỏi - cơ quan chức năng trả lời”][; đăng tải {web.law_docs_posted} văn bản phổ biến pháp luật][; đăng tải {web.draft_docs_for_comment} dự thảo văn bản quy phạm pháp luật để lấy ý kiến nhân dân].",
  ],
});
