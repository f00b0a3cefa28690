/**
 * Static catalogue data: size ladders, colour codes, product templates with price ranges and the
 * keyword pools Taobao titles are stuffed with.
 */

/** Product categories; customers weight them by gender and segment. */
export type Category = "womenswear" | "menswear" | "shoes" | "kids" | "accessories" | "home";

/** How a product is sized; customers carry one preferred size per kind. */
export type SizeKind = "women" | "men" | "shoesW" | "shoesM" | "kids" | "free" | "bedding";
/** Size ladders per size kind (plus sizes are added per product). */
export const SIZES: Record<SizeKind, readonly string[]> = {
  women: ["S", "M", "L", "XL", "XXL"],
  men: ["S", "M", "L", "XL", "XXL"],
  shoesW: ["35", "36", "37", "38", "39", "40"],
  shoesM: ["39", "40", "41", "42", "43", "44"],
  kids: ["90", "100", "110", "120", "130", "140", "150"],
  free: ["均码"],
  bedding: ["1.5m床", "1.8m床", "2.0m床"],
};
/** Plus sizes, offered on 大码 products only. */
export const PLUS_SIZES = ["3XL", "4XL", "5XL"] as const;

const COLOR_LIST =
  "黑色:BK 白色:WH 灰色:GY 米白色:CR 卡其色:KH 藏青色:NV 红色:RD 粉色:PK 蓝色:BL 浅蓝色:LB 绿色:GN 军绿色:AG 杏色:AP 咖啡色:BR 酒红色:WR 焦糖色:CA 雾霾蓝:HB 牛油果绿:AV 紫色:PU 黄色:YL 棕色:BN 驼色:CM 简约灰:SG 奶油白:MW";
/** 商家编码 colour codes (`黑色` → `BK`). */
export const COLOR_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  COLOR_LIST.split(" ").map((pair) => pair.split(":") as [string, string]),
);
const APPAREL_COLORS =
  "黑色 白色 灰色 米白色 卡其色 藏青色 红色 粉色 蓝色 浅蓝色 绿色 军绿色 杏色 咖啡色 酒红色 焦糖色 雾霾蓝 牛油果绿 紫色 黄色";
/** Colours a category draws its SKUs from. */
export const PALETTES: Record<Category, string[]> = {
  womenswear: APPAREL_COLORS.split(" "),
  menswear: "黑色 白色 灰色 藏青色 卡其色 军绿色 咖啡色 蓝色 浅蓝色 酒红色".split(" "),
  shoes: "黑色 白色 米白色 灰色 棕色 卡其色".split(" "),
  kids: "粉色 蓝色 黄色 白色 绿色 灰色 红色".split(" "),
  accessories: "黑色 驼色 灰色 酒红色 米白色 卡其色 藏青色".split(" "),
  home: "简约灰 奶油白 浅蓝色 粉色 牛油果绿 卡其色".split(" "),
};

/** noun, min yuan, max yuan, size kind, can have plus sizes. */
export type Spec = [string, number, number, SizeKind, boolean?];
/** Product templates per category with their 商家编码 prefix. */
export const SPECS: Record<Category, { code: string; specs: Spec[] }> = {
  womenswear: {
    code: "WF",
    specs: [
      ["碎花雪纺连衣裙", 89, 259, "women", true],
      ["法式复古方领连衣裙", 129, 329, "women"],
      ["纯棉圆领短袖T恤", 29.9, 79, "women", true],
      ["宽松oversize卫衣", 79, 199, "women", true],
      ["高腰直筒牛仔裤", 89, 229, "women", true],
      ["冰丝垂感阔腿裤", 59, 159, "women", true],
      ["针织开衫外套", 99, 259, "women"],
      ["雪纺衬衫", 69, 189, "women", true],
      ["A字半身裙", 69, 199, "women"],
      ["双面羊毛呢大衣", 359, 599, "women"],
      ["轻薄短款羽绒服", 299, 599, "women", true],
      ["加绒打底裤", 39, 99, "women", true],
      ["中长款风衣外套", 259, 499, "women"],
      ["小西装外套", 199, 399, "women"],
      ["套头针织毛衣", 119, 299, "women", true],
      ["真丝吊带背心", 79, 199, "women"],
      ["运动瑜伽套装", 99, 239, "women"],
      ["灯芯绒半身裙", 79, 189, "women"],
      ["棉麻休闲套装", 129, 299, "women", true],
      ["泡泡袖衬衫", 69, 169, "women"],
      ["高领打底衫", 39, 99, "women", true],
      ["马甲背心", 59, 149, "women"],
    ],
  },
  menswear: {
    code: "MF",
    specs: [
      ["纯棉短袖T恤", 39, 99, "men", true],
      ["商务休闲衬衫", 89, 229, "men", true],
      ["直筒休闲长裤", 99, 229, "men", true],
      ["弹力牛仔裤", 99, 259, "men", true],
      ["连帽卫衣", 99, 229, "men", true],
      ["立领夹克外套", 199, 459, "men"],
      ["加厚羽绒服", 399, 599, "men", true],
      ["翻领POLO衫", 79, 199, "men", true],
      ["工装短裤", 59, 139, "men"],
      ["圆领针织毛衣", 129, 299, "men"],
      ["运动休闲套装", 159, 359, "men", true],
      ["三合一冲锋衣", 299, 599, "men"],
      ["冰丝速干T恤", 39, 89, "men", true],
      ["束脚运动裤", 69, 159, "men", true],
    ],
  },
  shoes: {
    code: "SH",
    specs: [
      ["百搭小白鞋", 99, 239, "shoesW"],
      ["复古玛丽珍鞋", 129, 299, "shoesW"],
      ["切尔西短靴", 199, 429, "shoesW"],
      ["一脚蹬乐福鞋", 119, 279, "shoesW"],
      ["厚底老爹鞋", 159, 359, "shoesW"],
      ["平底凉鞋", 79, 199, "shoesW"],
      ["透气网面运动鞋", 159, 399, "shoesM"],
      ["真皮商务皮鞋", 229, 499, "shoesM"],
      ["低帮帆布鞋", 69, 159, "shoesM"],
      ["高帮马丁靴", 229, 459, "shoesM"],
      ["休闲板鞋", 99, 259, "shoesM"],
      ["洞洞鞋沙滩鞋", 49, 129, "shoesM"],
    ],
  },
  kids: {
    code: "KD",
    specs: [
      ["儿童纯棉短袖T恤", 29.9, 69, "kids"],
      ["童装卫衣套装", 89, 199, "kids"],
      ["儿童羽绒服", 199, 459, "kids"],
      ["女童公主连衣裙", 79, 199, "kids"],
      ["男童运动裤", 49, 119, "kids"],
      ["儿童睡衣家居服套装", 59, 139, "kids"],
      ["宝宝连体衣哈衣", 59, 139, "kids"],
      ["儿童网面运动鞋", 99, 229, "kids"],
      ["儿童冲锋衣", 129, 299, "kids"],
    ],
  },
  accessories: {
    code: "AC",
    specs: [
      ["羊绒围巾", 99, 299, "free"],
      ["针织毛线帽", 39, 99, "free"],
      ["头层牛皮腰带", 69, 199, "free"],
      ["通勤托特包", 129, 399, "free"],
      ["纯棉中筒袜5双装", 19.9, 49, "free"],
      ["偏光太阳镜", 59, 199, "free"],
      ["桑蚕丝小方巾", 49, 159, "free"],
      ["渔夫帽", 39, 99, "free"],
      ["帆布单肩包", 39, 99, "free"],
      ["棒球帽鸭舌帽", 39, 99, "free"],
      ["触屏保暖手套", 29.9, 79, "free"],
      ["大号抓夹发夹", 19.9, 39, "free"],
    ],
  },
  home: {
    code: "HM",
    specs: [
      ["纯棉四件套", 199, 499, "bedding"],
      ["珊瑚绒睡衣家居服", 89, 199, "women"],
      ["全棉毛巾3条装", 29.9, 69, "free"],
      ["居家棉拖鞋", 29.9, 69, "free"],
      ["水洗棉夏凉被", 129, 299, "bedding"],
      ["天然乳胶枕", 99, 259, "free"],
      ["折叠收纳箱", 39, 99, "free"],
      ["ins风抱枕套", 29.9, 69, "free"],
      ["纯棉华夫格浴袍", 99, 229, "free"],
      ["棉麻桌布", 39, 99, "free"],
    ],
  },
};

/** Keyword pools for titles, the way sellers stuff them. */
export const STYLE: Record<Category, string[]> = {
  womenswear:
    "韩版 法式 复古 显瘦 气质 小个子 宽松 百搭 温柔风 高级感 ins潮 网红 洋气 减龄 设计感 小众 通勤 chic".split(
      " ",
    ),
  menswear: "潮牌 宽松 休闲 商务 百搭 青年 帅气 日系 美式 ins 简约 纯色 修身 潮流".split(" "),
  shoes: "百搭 透气 软底 防滑 增高 舒适 真皮 ins潮 小众 潮鞋 爆款 轻便".split(" "),
  kids: "洋气 宝宝 中大童 纯棉 儿童 韩版 卡通 网红 男童女童 童装".split(" "),
  accessories: "百搭 韩版 ins 高级感 简约 潮 送女友 礼盒装 秋冬 情侣".split(" "),
  home: "纯棉 全棉 100支 宿舍 家用 简约 北欧风 ins 加厚 A类 母婴级 网红".split(" "),
};
/** Fabric keywords for apparel titles. */
export const MATERIAL = "纯棉 冰丝 雪纺 真丝 羊毛 加绒加厚 莫代尔 天丝 棉麻 针织".split(" ");
/** Season words by quarter starting in spring. */
export const SEASONS = ["春季", "夏季", "秋季", "冬季"];
/** 大码 keywords by gender. */
export const PLUS_WORDS = { women: ["大码", "胖mm", "200斤"], men: ["加肥加大", "大码", "胖子"] };
