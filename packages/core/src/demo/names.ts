/**
 * Chinese personal names, 淘宝会员名 (nick) styles, mobile numbers and e-mail addresses.
 * Phones and e-mails are unique by construction (a keyed bijection of the customer index);
 * nicks that are not built that way are checked against a compact hash set.
 */
import { hashString, pad, permute8, type Rng, Weighted } from "./random.ts";

// Top surnames with approximate shares (per mille) from the 2020 census; 复姓 are rare on purpose.
const SURNAMES = `王wang71 李li70 张zhang68 刘liu54 陈chen45 杨yang31 黄huang22 赵zhao21 吴wu20 周zhou19 徐xu16
孙sun15 马ma14 朱zhu13 胡hu13 郭guo12 何he12 高gao11 林lin11 罗luo10 郑zheng10 梁liang9 谢xie8 宋song8 唐tang8
许xu7 韩han7 冯feng7 邓deng7 曹cao7 彭peng6 曾zeng6 肖xiao6 田tian6 董dong5 袁yuan5 潘pan5 于yu5 蒋jiang5 蔡cai5
余yu5 杜du5 叶ye5 程cheng5 苏su4 魏wei4 吕lv4 丁ding4 任ren4 沈shen4 姚yao4 卢lu4 姜jiang4 崔cui3 钟zhong3 谭tan3
陆lu3 汪wang3 范fan3 金jin3 石shi3 廖liao3 贾jia3 夏xia3 韦wei3 付fu3 方fang3 白bai3 邹zou3 孟meng3 熊xiong3
秦qin3 邱qiu3 江jiang3 尹yin2 薛xue2 闫yan2 段duan2 雷lei2 侯hou2 龙long2 史shi2 陶tao2 黎li2 贺he2 顾gu2 毛mao2
郝hao2 龚gong2 邵shao2 万wan2 钱qian2 严yan2 覃qin2 武wu2 戴dai2 莫mo2 孔kong2 向xiang2 汤tang1 欧阳ouyang0.5
司马sima0.1 上官shangguan0.1 诸葛zhuge0.1`;

const FEMALE_GIVEN = `芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 燕yan 玲ling 婷ting 雪xue 慧hui 颖ying 琳lin 洁jie
晶jing 倩qian 欣xin 怡yi 佳jia 悦yue 萱xuan 梦meng 雨yu 思si 琪qi 瑶yao 璐lu 蕾lei 薇wei 彤tong 妍yan 晓xiao
丹dan 红hong 梅mei 兰lan 秀xiu 英ying 华hua 月yue 露lu 菲fei 诗shi 涵han 可ke 馨xin 语yu 嘉jia 若ruo 小xiao 晨chen
雅ya 文wen 春chun 凤feng 桂gui 莉li 萍ping 琴qin 媛yuan 蓉rong`;

const MALE_GIVEN = `伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua
飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 龙long 林lin 峰feng 建jian 国guo
志zhi 文wen 博bo 晨chen 子zi 轩xuan 睿rui 泽ze 昊hao 然ran 天tian 一yi 成cheng 海hai 东dong 亮liang 阳yang 家jia
豪hao 振zhen 永yong 庆qing 德de`;

interface Syllable {
  han: string;
  pinyin: string;
}

function parseTokens(list: string): { han: string; pinyin: string; weight: number }[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const m = /^(\p{Script=Han}+)([a-z]+)([\d.]*)$/u.exec(t);
      if (!m) throw new Error(`bad name token ${t}`);
      return { han: m[1] as string, pinyin: m[2] as string, weight: Number(m[3] || 1) };
    });
}

const surnameTokens = parseTokens(SURNAMES);
const surnames = new Weighted<Syllable>(
  surnameTokens,
  surnameTokens.map((t) => t.weight),
);
const femaleGiven: Syllable[] = parseTokens(FEMALE_GIVEN);
const maleGiven: Syllable[] = parseTokens(MALE_GIVEN);

/** A generated person name with its pinyin (for nicks and e-mails). */
export interface PersonName {
  full: string;
  surname: string;
  pinyin: string;
}

/** A gendered Chinese name: frequency-weighted surname plus one or two given-name characters. */
export function personName(rng: Rng, female: boolean): PersonName {
  const s = surnames.pick(rng);
  const pool = female ? femaleGiven : maleGiven;
  const g1 = rng.pick(pool);
  const two = rng.chance(0.72);
  const g2 = two ? rng.pick(pool) : undefined;
  const given = g2 && g2.han !== g1.han ? g1.han + g2.han : g1.han;
  const givenPinyin = g2 && g2.han !== g1.han ? g1.pinyin + g2.pinyin : g1.pinyin;
  return { full: s.han + given, surname: s.han, pinyin: s.pinyin + givenPinyin };
}

/** Post-2021 export masking of a receiver name: `张*`, `欧阳**`. */
export function maskName(name: PersonName): string {
  return name.surname + "*".repeat(Math.max(1, name.full.length - name.surname.length));
}

// Real mainland mobile number blocks (China Mobile, Unicom, Telecom, virtual operators), weighted.
const MOBILE_PREFIXES = new Weighted(
  `130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 170 171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 196 197 198 199`.split(
    " ",
  ),
  [
    3, 3, 3, 3, 4, 5, 5, 5, 6, 6, 4, 4, 3, 3, 3, 3, 3, 4, 4, 0.5, 0.5, 1, 1, 1.5, 1.5, 1.5, 3, 3, 3, 3, 1, 3,
    3, 3, 4, 3, 1, 1.5, 1, 0.5, 0.5, 2, 2,
  ],
);

// Keys that make each identity bijection different, so a phone suffix never equals an e-mail number.
const PHONE_KEY = 0x50484f4e;
const EMAIL_KEY = 0x454d4149;
const ALIPAY_KEY = 0x414c4950;
const TB_KEY = 0x54424e4b;

/** Unique 11-digit mobile number of identity `index` (< 10^8): the 8-digit tail is a bijection. */
export function mobileNumber(rng: Rng, index: number): string {
  return MOBILE_PREFIXES.pick(rng) + pad(permute8(index, PHONE_KEY), 8);
}

/** Post-2021 export masking of a mobile number: `138****1234`. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

const MAIL_DOMAINS = new Weighted(
  ["163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "outlook.com", "gmail.com"],
  [40, 18, 10, 10, 8, 8, 6],
);

/** Unique e-mail of identity `index`: QQ mail by number, or pinyin plus a unique 8-digit number. */
export function emailAddress(rng: Rng, index: number, name: PersonName): string {
  const unique = pad(permute8(index, EMAIL_KEY), 8);
  if (rng.chance(0.55)) return `${rng.range(1, 9)}${unique}@qq.com`;
  return `${name.pinyin}${unique}@${MAIL_DOMAINS.pick(rng)}`;
}

/** 买家支付宝账号: the buyer's phone or an e-mail, masked the way the seller centre shows it. */
export function alipayAccount(rng: Rng, index: number, phone: string, name: PersonName): string {
  if (rng.chance(0.62)) return maskPhone(phone);
  const unique = pad(permute8(index, ALIPAY_KEY), 8);
  const local = rng.chance(0.5) ? `${rng.range(1, 9)}${unique}` : `${name.pinyin}${unique}`;
  const domain = local.charCodeAt(0) < 58 ? "qq.com" : MAIL_DOMAINS.pick(rng);
  return `${local.slice(0, 3)}***@${domain}`;
}

const CUTE =
  `小鱼儿 喵喵酱 小太阳 糖果屋 柠檬草 小丸子 兔子不吃草 奶茶控 棉花糖 向日葵 爱吃鱼的猫 小蘑菇 小仙女 甜心宝贝
苹果妈妈 大白兔 阿狸 七月 晴天 落叶 米粒 豆豆 乐乐 笑笑 果果 丫头 老王 阿强 木子 一一 暖阳 清风 浅笑 花花 小胖
静静 丸子妈 宝宝妈咪 糖糖 小猪佩奇 草莓味 芒果布丁 橙子 蓝天 大海 山茶花 雪糕 桃子 阿紫`.split(/\s+/);
const LOVE_NUMBERS = ["520", "1314", "666", "888", "99", "168", "521", "2333"];
const ADJ = "快乐 安静 温柔 孤单 会飞 微笑 奔跑 勇敢 流浪 懒懒 害羞 睡不醒 爱笑 迷路 忙碌".split(" ");
const NOUN = "小猪 蒲公英 猫咪 鱼 蜗牛 风 云朵 刺猬 兔子 向日葵 考拉 小熊 企鹅 橘子 仙人掌".split(" ");
const LATIN =
  "Sunny Cherry Lily Amy Coco Vivian Tina Kevin Jack Leo Momo Kiki Candy Angel Grace Yoyo Emma Lucy".split(
    " ",
  );
const LATIN_TAIL = ["_小雨", "宝贝", "酱", "_", "ing", "家", "小窝"];

/**
 * Hands out 淘宝会员名 that are unique across the shop. `tb…` nicks embed a bijection of the index
 * and cannot collide; free-style nicks are remembered as 32-bit hashes in an open-addressing table
 * (a hash clash only forces a re-draw, so uniqueness is exact while memory stays ~8 bytes a customer).
 */
export class NickFactory {
  private readonly table: Uint32Array;
  private readonly mask: number;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.table = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** A new unique nick for identity `index`. */
  next(rng: Rng, index: number, name: PersonName, birthYear: number): string {
    for (let attempt = 0; attempt < 6; attempt++) {
      const nick = this.freeStyle(rng, name, birthYear);
      if (nick === undefined) break;
      if (this.claim(nick)) return nick;
    }
    return `tb${permute8(index, TB_KEY) + 100_000_000 * rng.range(0, 9)}_${rng.digits(2)}`;
  }

  private freeStyle(rng: Rng, name: PersonName, birthYear: number): string | undefined {
    const x = rng.next();
    if (x < 0.3) return undefined; // the default `tb…` account name, never renamed
    if (x < 0.55) {
      const y = rng.next();
      const tail =
        y < 0.4 ? String(birthYear) : y < 0.7 ? rng.pick(LOVE_NUMBERS) : String(rng.range(1, 9999));
      return rng.pick(CUTE) + tail;
    }
    if (x < 0.75) {
      const sep = rng.chance(0.25) ? "_" : "";
      const y = rng.next();
      const tail =
        y < 0.45 ? String(birthYear) : y < 0.7 ? pad(rng.range(1, 1231), 4) : rng.digits(rng.range(2, 5));
      return name.pinyin + sep + tail;
    }
    if (x < 0.9) {
      const base = `${rng.pick(ADJ)}的${rng.pick(NOUN)}`;
      return rng.chance(0.5) ? base : base + rng.range(1, 999);
    }
    return rng.pick(LATIN) + rng.pick(LATIN_TAIL) + (rng.chance(0.6) ? String(rng.range(1, 2025)) : "");
  }

  private claim(nick: string): boolean {
    const h = hashString(nick) || 1;
    let i = h & this.mask;
    for (;;) {
      const slot = this.table[i] as number;
      if (slot === 0) {
        this.table[i] = h;
        return true;
      }
      if (slot === h) return false;
      i = (i + 1) & this.mask;
    }
  }
}
