/**
 * Mainland China's 31 provincial-level divisions with their main cities and a few districts each,
 * weighted by population (2020 census, millions), plus street addresses in the shape Taobao exports:
 * `浙江省 杭州市 西湖区 文三路 478号 华星小区3栋2单元1201室(310012)`.
 */
import { type Rng, Weighted } from "./random.ts";

// province|Shopify code|population(M) ; then city:weight:area code:zip prefix:districts
const DATA = `
北京|BJ|22;北京市:1:010:1000:朝阳区,海淀区,丰台区,西城区,东城区,昌平区,大兴区,通州区
天津|TJ|14;天津市:1:022:3000:南开区,河西区,和平区,河东区,滨海新区,西青区
上海|SH|25;上海市:1:021:2000:浦东新区,闵行区,徐汇区,宝山区,杨浦区,静安区,松江区,普陀区
重庆|CQ|32;重庆市:1:023:4000:渝北区,江北区,九龙坡区,南岸区,沙坪坝区,渝中区,万州区
河北省|HE|75;石家庄市:4:0311:0500:长安区,桥西区,裕华区,新华区;唐山市:3:0315:0630:路北区,路南区,丰润区;保定市:3:0312:0710:竞秀区,莲池区,涿州市;邯郸市:2:0310:0560:邯山区,丛台区,复兴区;廊坊市:2:0316:0650:广阳区,安次区,三河市
山西省|SX|35;太原市:4:0351:0300:小店区,迎泽区,杏花岭区,万柏林区;大同市:2:0352:0370:平城区,云冈区;运城市:2:0359:0440:盐湖区,永济市;长治市:2:0355:0460:潞州区,上党区
内蒙古自治区|NM|24;呼和浩特市:3:0471:0100:新城区,赛罕区,回民区;包头市:3:0472:0140:昆都仑区,青山区,东河区;鄂尔多斯市:2:0477:0170:东胜区,康巴什区
辽宁省|LN|43;沈阳市:4:024:1100:和平区,沈河区,皇姑区,铁西区,浑南区;大连市:4:0411:1160:中山区,西岗区,沙河口区,甘井子区;鞍山市:1:0412:1140:铁东区,铁西区,立山区
吉林省|JL|24;长春市:5:0431:1300:朝阳区,南关区,宽城区,绿园区;吉林市:2:0432:1320:船营区,昌邑区,丰满区;通化市:1:0435:1340:东昌区,柳河县
黑龙江省|HL|32;哈尔滨市:5:0451:1500:南岗区,道里区,香坊区,松北区;大庆市:2:0459:1630:萨尔图区,让胡路区,龙凤区;齐齐哈尔市:2:0452:1610:龙沙区,建华区,铁锋区
江苏省|JS|85;南京市:5:025:2100:建邺区,鼓楼区,玄武区,秦淮区,江宁区;苏州市:6:0512:2150:姑苏区,吴中区,虎丘区,相城区,昆山市;无锡市:4:0510:2140:梁溪区,滨湖区,新吴区,江阴市;常州市:3:0519:2130:天宁区,钟楼区,武进区,新北区;南通市:3:0513:2260:崇川区,通州区,海门区;徐州市:3:0516:2210:鼓楼区,云龙区,泉山区
浙江省|ZJ|65;杭州市:6:0571:3100:西湖区,上城区,拱墅区,滨江区,余杭区,萧山区;宁波市:4:0574:3150:海曙区,鄞州区,江北区,北仑区;温州市:4:0577:3250:鹿城区,瓯海区,龙湾区,乐清市;金华市:3:0579:3210:婺城区,金东区,义乌市;嘉兴市:2:0573:3140:南湖区,秀洲区,桐乡市;绍兴市:2:0575:3120:越城区,柯桥区,诸暨市
安徽省|AH|61;合肥市:5:0551:2300:蜀山区,包河区,庐阳区,瑶海区;芜湖市:2:0553:2410:镜湖区,弋江区,鸠江区;阜阳市:3:0558:2360:颍州区,颍泉区;安庆市:2:0556:2460:迎江区,大观区
福建省|FJ|41;福州市:4:0591:3500:鼓楼区,台江区,仓山区,晋安区;厦门市:3:0592:3610:思明区,湖里区,集美区,海沧区;泉州市:4:0595:3620:丰泽区,鲤城区,晋江市,石狮市
江西省|JX|45;南昌市:4:0791:3300:东湖区,西湖区,青山湖区,红谷滩区;赣州市:3:0797:3410:章贡区,南康区;九江市:2:0792:3320:浔阳区,濂溪区;上饶市:2:0793:3340:信州区,广丰区
山东省|SD|101;济南市:4:0531:2500:历下区,市中区,槐荫区,天桥区,历城区;青岛市:4:0532:2660:市南区,市北区,崂山区,黄岛区,李沧区;烟台市:3:0535:2640:芝罘区,莱山区,福山区;潍坊市:3:0536:2610:奎文区,潍城区,寿光市;临沂市:3:0539:2760:兰山区,河东区,罗庄区
河南省|HA|99;郑州市:6:0371:4500:金水区,二七区,中原区,管城回族区,惠济区;洛阳市:3:0379:4710:西工区,涧西区,洛龙区;南阳市:3:0377:4730:宛城区,卧龙区;新乡市:2:0373:4530:红旗区,卫滨区;商丘市:2:0370:4760:梁园区,睢阳区
湖北省|HB|58;武汉市:7:027:4300:武昌区,洪山区,江汉区,江岸区,汉阳区,东西湖区;宜昌市:2:0717:4430:西陵区,伍家岗区;襄阳市:2:0710:4410:襄城区,樊城区;荆州市:2:0716:4340:沙市区,荆州区
湖南省|HN|66;长沙市:6:0731:4100:岳麓区,芙蓉区,天心区,开福区,雨花区;株洲市:2:0731:4120:天元区,芦淞区,荷塘区;衡阳市:2:0734:4210:蒸湘区,雁峰区,石鼓区;岳阳市:2:0730:4140:岳阳楼区,云溪区
广东省|GD|126;广州市:8:020:5100:天河区,越秀区,海珠区,白云区,番禺区,荔湾区;深圳市:8:0755:5180:南山区,福田区,罗湖区,宝安区,龙岗区,龙华区;东莞市:4:0769:5230:南城街道,东城街道,虎门镇,长安镇;佛山市:4:0757:5280:南海区,顺德区,禅城区;珠海市:1:0756:5190:香洲区,金湾区;惠州市:2:0752:5160:惠城区,惠阳区;汕头市:2:0754:5150:金平区,龙湖区
广西壮族自治区|GX|50;南宁市:4:0771:5300:青秀区,兴宁区,西乡塘区,江南区;柳州市:2:0772:5450:城中区,鱼峰区,柳南区;桂林市:2:0773:5410:秀峰区,象山区,七星区
海南省|HI|10;海口市:3:0898:5701:龙华区,美兰区,秀英区;三亚市:1:0898:5720:吉阳区,天涯区
四川省|SC|84;成都市:8:028:6100:武侯区,锦江区,青羊区,金牛区,成华区,双流区,郫都区;绵阳市:2:0816:6210:涪城区,游仙区;南充市:2:0817:6370:顺庆区,高坪区;宜宾市:2:0831:6440:翠屏区,叙州区
贵州省|GZ|38;贵阳市:4:0851:5500:南明区,云岩区,观山湖区,花溪区;遵义市:3:0851:5630:红花岗区,汇川区
云南省|YN|47;昆明市:5:0871:6500:五华区,盘龙区,官渡区,西山区;曲靖市:2:0874:6550:麒麟区,沾益区;大理白族自治州:1:0872:6710:大理市,祥云县
西藏自治区|YZ|4;拉萨市:1:0891:8500:城关区,堆龙德庆区
陕西省|SN|40;西安市:6:029:7100:雁塔区,碑林区,莲湖区,未央区,新城区,长安区;咸阳市:2:029:7120:秦都区,渭城区;宝鸡市:1:0917:7210:渭滨区,金台区
甘肃省|GS|25;兰州市:3:0931:7300:城关区,七里河区,安宁区;天水市:1:0938:7410:秦州区,麦积区
青海省|QH|6;西宁市:1:0971:8100:城中区,城西区,城东区,城北区
宁夏回族自治区|NX|7;银川市:1:0951:7500:兴庆区,金凤区,西夏区
新疆维吾尔自治区|XJ|26;乌鲁木齐市:3:0991:8300:天山区,沙依巴克区,新市区,水磨沟区;昌吉回族自治州:1:0994:8311:昌吉市,阜康市
`;

/** One city with its districts, landline area code and zip prefix. */
export interface City {
  province: Province;
  name: string;
  areaCode: string;
  zipPrefix: string;
  districts: readonly string[];
}

/** A provincial-level division as Taobao writes it in addresses (`北京`, `浙江省`, `广西壮族自治区`). */
export interface Province {
  name: string;
  /** Shopify's province code (`ZJ`). */
  code: string;
  /** Parcels to these provinces are not 包邮. */
  remote: boolean;
  cities: Weighted<City>;
}

const REMOTE = new Set(["XJ", "YZ", "QH", "NX", "GS", "NM"]);

function parse(): Weighted<Province> {
  const provinces: Province[] = [];
  const weights: number[] = [];
  for (const line of DATA.trim().split("\n")) {
    const [head, ...cityParts] = line.split(";");
    const [name, code, pop] = (head ?? "").split("|") as [string, string, string];
    const cities: City[] = [];
    const cityWeights: number[] = [];
    const province: Province = { name, code, remote: REMOTE.has(code), cities: undefined as never };
    for (const part of cityParts) {
      const [cityName, w, areaCode, zipPrefix, districts] = part.split(":") as [
        string,
        string,
        string,
        string,
        string,
      ];
      cities.push({ province, name: cityName, areaCode, zipPrefix, districts: districts.split(",") });
      cityWeights.push(Number(w));
    }
    province.cities = new Weighted(cities, cityWeights);
    provinces.push(province);
    weights.push(Number(pop));
  }
  return new Weighted(provinces, weights);
}

/** All provinces, weighted by population. */
export const PROVINCES: Weighted<Province> = parse();

/** A population-weighted random city. */
export function randomCity(rng: Rng): City {
  return PROVINCES.pick(rng).cities.pick(rng);
}

const ROADS =
  `人民 解放 建设 中山 和平 新华 胜利 文化 长江 黄河 东风 朝阳 学府 滨江 世纪 科技 湖滨 青年 光明 幸福
工业 振兴 迎宾 友谊 府前 育才 金桥 锦绣 平安 星光 滨河 环城 长安 天府 开元 望江 春风 文三 文一 枫林`.split(
    /\s+/,
  );
const ROAD_KIND = ["路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "中路"];
const ESTATES =
  `阳光花园 翠苑小区 金色家园 万科城 碧桂园 绿城桂花园 华润城 保利花园 恒大名都 龙湖天街 锦绣江南 幸福里
御景湾 书香苑 融创壹号院 中海国际社区 香榭丽舍 世纪新城 和谐家园 紫御府 东方明珠花园 新城国际 滨江花园 金地格林
城市之光 翡翠城 春江花月 南苑小区 梧桐苑 丽景湾`.split(/\s+/);
const TOWNS = `城东 城西 城南 城北 新城 东湖 南苑 北站 沙洲 西溪 江滨 紫金 长青 凤凰 金山`.split(/\s+/);
const COUNTY_TOWNS = `柳河 青山 石桥 白沙 花园 黄土 新集 双河 马家 李庄 高桥 杨柳`.split(/\s+/);
const BUILDING = ["栋", "幢", "号楼"];
const OFFICE = ["大厦", "科技园", "广场", "写字楼", "商务中心"];

/** A delivery address: structured parts plus the street text as it appears after the district. */
export interface Address {
  city: City;
  district: string;
  /** 街道/镇 part, kept so masked exports can show `沙洲街道****`. */
  township: string;
  street: string;
  zip: string;
}

/** A random street address in the city; some with the real files' runs of extra spaces. */
export function randomAddress(rng: Rng, city: City, work = false): Address {
  const district = rng.pick(city.districts);
  const rural = /县$/.test(district) || (!work && rng.chance(0.06));
  const zip = city.zipPrefix + String(rng.range(0, 59)).padStart(2, "0");
  const gap = () => (rng.chance(0.12) ? " ".repeat(rng.range(2, 4)) : rng.chance(0.5) ? " " : "");
  if (rural) {
    const town = `${rng.pick(COUNTY_TOWNS)}镇`;
    const street = `${town}${rng.pick(COUNTY_TOWNS)}村${gap()}${rng.range(1, 12)}组${rng.range(1, 88)}号`;
    return { city, district, township: town, street, zip };
  }
  const township = `${rng.pick(TOWNS)}街道`;
  const road = `${rng.pick(ROADS)}${rng.pick(ROAD_KIND)}${rng.range(1, 999)}号`;
  let rest: string;
  if (work) {
    rest = `${rng.pick(ROADS)}${rng.pick(OFFICE)}${rng.pick(["A", "B", "C", ""])}座${rng.range(2, 32)}${String(rng.range(1, 30)).padStart(2, "0")}室`;
  } else {
    const floor = rng.range(1, 33);
    const room = `${floor}${String(rng.range(1, 4)).padStart(2, "0")}`;
    rest = `${rng.pick(ESTATES)}${gap()}${rng.range(1, 36)}${rng.pick(BUILDING)}${gap()}${rng.range(1, 4)}单元${gap()}${room}室`;
  }
  const withTown = rng.chance(0.35) ? `${township} ` : "";
  return { city, district, township, street: `${withTown}${road}${gap() || " "}${rest}`, zip };
}

/** `省 市 区 详细地址(邮编)`, or the masked post-2021 form `省 市 区 街道****`. */
export function formatTaobaoAddress(a: Address, masked: boolean): string {
  const head = `${a.city.province.name} ${a.city.name} ${a.district}`;
  return masked ? `${head} ${a.township}****` : `${head} ${a.street}(${a.zip})`;
}

/** A landline in the city's area code, as 联系电话 shows it (`0571-88234567`). */
export function landline(rng: Rng, city: City): string {
  const digits = city.areaCode.length === 3 ? 8 : rng.chance(0.8) ? 8 : 7;
  return `${city.areaCode}-${rng.range(2, 8)}${rng.digits(digits - 1)}`;
}
