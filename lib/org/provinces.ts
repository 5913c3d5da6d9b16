// The 34 provincial units from 1 July 2025 (Nghị quyết 202/2025/QH15): 6 centrally governed
// cities and 28 provinces, each with the provinces it absorbed. Their departments are the
// ministry's default tree; each is named by its profile from that date (lib/org/data.ts), the
// names before it by the profiles it had then.

export interface Province {
  /** Its department's organisation code in the default tree. */
  code: string;
  name: string;
  city: boolean;
  /** Provinces merged into it on 2025-07-01. */
  absorbed: string[];
}

const province = (name: string, absorbed: string[] = [], city = false): Province => ({
  code: `${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}-skhcn`,
  name,
  city,
  absorbed,
});

export const provinces: Province[] = [
  province("Hà Nội", [], true),
  province("Huế", [], true),
  province("Hải Phòng", ["Hải Dương"], true),
  province("Đà Nẵng", ["Quảng Nam"], true),
  province("Hồ Chí Minh", ["Bình Dương", "Bà Rịa - Vũng Tàu"], true),
  province("Cần Thơ", ["Sóc Trăng", "Hậu Giang"], true),
  province("Lai Châu"),
  province("Điện Biên"),
  province("Sơn La"),
  province("Lạng Sơn"),
  province("Quảng Ninh"),
  province("Thanh Hóa"),
  province("Nghệ An"),
  province("Hà Tĩnh"),
  province("Cao Bằng"),
  province("Tuyên Quang", ["Hà Giang"]),
  province("Lào Cai", ["Yên Bái"]),
  province("Thái Nguyên", ["Bắc Kạn"]),
  province("Phú Thọ", ["Vĩnh Phúc", "Hòa Bình"]),
  province("Bắc Ninh", ["Bắc Giang"]),
  province("Hưng Yên", ["Thái Bình"]),
  province("Ninh Bình", ["Hà Nam", "Nam Định"]),
  province("Quảng Trị", ["Quảng Bình"]),
  province("Quảng Ngãi", ["Kon Tum"]),
  province("Gia Lai", ["Bình Định"]),
  province("Khánh Hòa", ["Ninh Thuận"]),
  province("Lâm Đồng", ["Đắk Nông", "Bình Thuận"]),
  province("Đắk Lắk", ["Phú Yên"]),
  province("Đồng Nai", ["Bình Phước"]),
  province("Tây Ninh", ["Long An"]),
  province("Vĩnh Long", ["Bến Tre", "Trà Vinh"]),
  province("Đồng Tháp", ["Tiền Giang"]),
  province("Cà Mau", ["Bạc Liêu"]),
  province("An Giang", ["Kiên Giang"]),
];

/** "UBND tỉnh Gia Lai", "UBND thành phố Hồ Chí Minh". */
export function provincialAuthority(p: Province): string {
  return `UBND ${p.city ? "thành phố" : "tỉnh"} ${p.name}`;
}
