"""A printed issue as `pdftotext -layout` gives it: every line placed by
spaces (the title and 发文字号 centred, the body's first lines indented, the
signature and date set right), and the title set larger than the body
(GB/T 9704 7.3.1: 2号 against 3号), so that its lines hold about three
quarters of the body's characters and the wrap cuts its names where the
body's measure would not. Invented text; the measure's `--placed` lays every
real set out so (tests/devset/layout.py, its floor in tests/test_devset.py)."""
from __future__ import annotations

from builder.convert import convert_text

BODY = 20  # the body's measure in characters; a title line holds about 16


def _placed(lines: list[str]) -> list:
    return convert_text("\n".join(lines) + "\n", "placed.txt", "placed").documents


# A 公告 of a people's congress's standing committee closing the text above.
ABOVE = ["            某某市人民代表大会常务委员会公告",
         "    某某市第八届人民代表大会常务委员会第十次会",
         "议通过了代表资格审查委员会关于补选代表的代",
         "表资格审查报告，确认补选代表的资格有效。",
         "    现予公告。",
         "                            2018年4月20日"]


def test_a_notices_organ_cut_before_its_kind_word_is_one_title():
    docs = _placed(ABOVE + [
        "     某某市第八届人民代表大会常务委员",
        "                  会公告",
        "                 （第5号）",
        "    2022年12月22日某某市第八届人民代表大会",
        "常务委员会第五次会议确认代表现有300名。",
        "    特此公告。",
        "               某某市人民代表大会常务委员会",
        "                            2023年1月19日"])
    assert [d.title for d in docs] == ["某某市人民代表大会常务委员会公告", "某某市第八届人民代表大会常务委员会公告"]
    assert docs[1].date == "2023-01-19"


def test_an_organ_cut_before_about_on_a_title_line_shorter_than_the_body():
    docs = _placed(ABOVE + [
        "     某某市行政审批制度改革工作领导小",
        "     组办公室关于印发《某某市行政许可",
        "           事项通用目录》的通知",
        "各县区人民政府，市直各有关部门、单位：",
        "    为规范行政审批行为，提高审批效率，现将",
        "《某某市行政许可事项通用目录》印发给你们，请",
        "认真贯彻执行。",
        "                  某某市行政审批制度改革",
        "                    工作领导小组办公室",
        "                            2017年6月5日"])
    assert docs[-1].title == "某某市行政审批制度改革工作领导小组办公室关于印发《某某市行政许可事项通用目录》的通知"
    assert docs[-1].addressees == "各县区人民政府，市直各有关部门、单位"


def test_a_sessions_name_cut_on_a_title_line_shorter_than_the_body():
    docs = _placed(ABOVE + [
        "     某某市第十六届人民代表大会第三次",
        "        会议关于政府工作报告的决议",
        "    （2023年3月13日某某市第十六届人民代表",
        "大会第三次会议通过）",
        "    某某市第十六届人民代表大会第三次会议听",
        "取和审议了市长代表市人民政府所作的政府工作",
        "报告。会议决定批准这个报告。"])
    assert docs[-1].title == "某某市第十六届人民代表大会第三次会议关于政府工作报告的决议"


def test_a_signature_over_an_orders_name_stays_the_text_aboves():
    """Control: the organ's name over a 令's name is whole, the signature of
    the text above, no name the wrap cut."""
    docs = _placed(ABOVE[:-1] + [
        "                       某某市人民政府",
        "                            2018年4月20日",
        "                某某市人民政府令",
        "                    第5号",
        "    《某某市城市道路管理办法》已经2018年5月3日",
        "市人民政府第10次常务会议通过，现予公布，自2018",
        "年7月1日起施行。",
        "                            市长  张某某",
        "                            2018年5月8日"])
    assert [d.title for d in docs][-1] == "某某市人民政府令"
    assert docs[0].issuers == ["某某市人民政府"]


def test_joint_issuers_parted_by_a_space_and_cut_before_about_are_no_name_list_row():
    """'会关于 预下达…' is the cut organ's end, 关于 and the 事由 after the
    stored title's space: no person's name before a post."""
    docs = _placed(ABOVE + [
        "     某某市财政局 某某市卫生健康委员",
        "     会关于 预下达2020年基本公共卫生",
        "         服务 市级补助资金的通知",
        "各区财政局、卫生健康委（局），市级相关单位：",
        "    根据年初预算，现预下达你区（单位）2020年",
        "基本公共卫生服务市级补助资金。",
        "                            某某市财政局",
        "                    某某市卫生健康委员会",
        "                            2020年2月3日"])
    assert docs[-1].title == "某某市财政局某某市卫生健康委员会关于预下达2020年基本公共卫生服务市级补助资金的通知"
    assert docs[-1].issuers == ["某某市财政局", "某某市卫生健康委员会"]


def test_an_organ_wrapped_over_two_short_title_lines_above_about():
    docs = _placed(ABOVE + [
        "     某某县新型冠状病毒肺炎疫情防控指",
        "                   挥部",
        "       关于调整相关疫情风险区的通告",
        "    根据疫情防控形势，经研究决定，调整相关疫",
        "情风险区。",
        "    特此通告。",
        "          某某县新型冠状病毒肺炎疫情防控指挥部",
        "                            2022年11月20日"])
    assert docs[-1].title == "某某县新型冠状病毒肺炎疫情防控指挥部关于调整相关疫情风险区的通告"


def test_centred_lines_over_a_titles_last_are_its_lines_wherever_the_wrap_cut():
    """Three centred lines under the annex list of the text above, the 关于
    alone on the middle one with the organ's last character: pdftotext
    -layout keeps them centred, so they are one title."""
    docs = _placed([
        "                                      某某市人民政府",
        "                                  二〇一二年二月八日",
        "    附件:",
        "    人大代表建议办理工作先进单位和先进个人名单",
        "    一、先进单位14个(排名不分先后)",
        "    某某县人民政府 市住房城乡建设委 市发展改革委",
        "    市财政局 市水务局 市交通运输局 市公用事业局",
        "    市农业局 市教育局 市政府督查室",
        "    二、先进个人45名(排名不分先后)",
        "      某某市某某区人民政府办公室、某某市某某区人民代表",
        "      大会常务委员会办公室、政协某某市某某区委员会办公",
        "                           室关于",
        "      表彰2009年度人大代表议案建议政协委员提案办理工作",
        "                 先进单位和优秀承办件的通报",
        "(某政办发〔2010〕39号)",
        "各镇人民政府,地区和街道办事处,区政府各委、办、局,各区属机构:",
        "    2009年,全区各承办单位坚持以人民为中心的发展思想,认真落实区委",
        "区政府的各项工作部署,高度重视人大代表议案、建议和政协委员提案的",
        "办理工作,主动听取代表、委员的意见和建议,持续创新办理的方式和方",
        "法,着力提高办理的质量,解决了一批群众关心的实际问题,为全区的经济",
        "社会发展作出了积极贡献。为鼓励先进,现予以通报表彰。",
        "                          某某市某某区人民政府办公室",
        "                                      2010年3月5日"])
    assert docs[-1].title == ("某某市某某区人民政府办公室、某某市某某区人民代表大会常务委员会办公室、政协某某市某某区委员会"
                              "办公室关于表彰2009年度人大代表议案建议政协委员提案办理工作先进单位和优秀承办件的通报")


def test_a_short_line_at_the_margin_over_a_centred_title_is_not_its_line():
    """The last line of the text above's 抄送, flush left, is none of the centred title's lines."""
    docs = _placed([
        "    下一步,我们将根据工作的实际情况,积极通过",
        "加大资金投入、政策倾斜等方式支持青云工业园",
        "区的基础配套设施建设,促进园区的发展。",
        " 感谢您对财政工作的关心和支持! 2022年7月1",
        "日 联系科室、人员及电话:经建科6211754 抄送:",
        "县政府办公室、县人大常委会人代工委",
        "     某某市人民政府关于印发《某某市创",
        "    建全国法治政府建设示范市实施方案》",
        "                  的通知",
        "各县区人民政府,市政府各部门、单位,中央、",
        "省属在某有关单位:",
        "    《某某市创建全国法治政府建设示范市实施方",
        "案》已经市委、市政府同意,现印发给你们,请结合",
        "实际认真抓好贯彻落实。各地各部门要加强组织领",
        "导,明确责任分工,细化工作措施,确保各项任务落",
        "到实处。",
        "                    某某市人民政府",
        "                     2025年6月13日"])
    assert docs[-1].title == "某某市人民政府关于印发《某某市创建全国法治政府建设示范市实施方案》的通知"


def test_an_organs_last_character_alone_on_a_title_line_above_about():
    docs = _placed(ABOVE + [
        "     某某区创建全国文明城区指挥部办公",
        "                    室",
        "      关于对某某区2023年度首批拟命名",
        "     文明示范楼栋、文明示范小区名单的",
        "                   公示",
        "    根据《关于深入开展文明细胞创建活动的意",
        "见》文件规定,区创建办开展了2023年度首批文明",
        "示范楼栋创建评选活动,现将名单予以公示。",
        "                  某某区创建全国文明城区",
        "                      指挥部办公室",
        "                           2023年9月8日"])
    assert docs[-1].title == "某某区创建全国文明城区指挥部办公室关于对某某区2023年度首批拟命名文明示范楼栋、文明示范小区名单的公示"


def test_a_full_first_line_of_the_body_handing_the_matter_on_is_no_title():
    """'现将…情况' fills its line and ends as a kind word may ('情况'), but the 过渡语 that hands the matter on opens a
    sentence, never a title (the whole 复函 as its own PDF gives it)."""
    docs = _placed([
        "                     某交函〔2023〕34号",
        "           关于对政协某某县第十届委员会第二次会议",
        "                      第14号提案的复函",
        "张某某委员:",
        "    现将您提出的关于加快建设乡村道路维修及维护的提案办理情况",
        "答复如下:",
        "    我局于6月20日召开会议进行了专题研究,并与您进行沟通,现已",
        "办理完毕。您反映的道路因非法采石遭破坏,我局已将该段道路上报为",
        "2024年破损路改造项目,将予以治理。",
        "                                    某某县交通运输局",
        "                                      2023年10月16日"])
    assert [d.title for d in docs] == ["关于对政协某某县第十届委员会第二次会议第14号提案的复函"]
    assert docs[0].issuers == ["某某县交通运输局"] and docs[0].date == "2023-10-16"


def test_a_centred_title_line_ending_on_a_years_figures_goes_on():
    """'…和2022' / '年财政预算草案报告': a line ending on a figure stops short as a table's row does, unless it and the
    line under it are both centred (a title's lines, the wrap cutting after the year's figures)."""
    docs = _placed([
        "     某某县2021年财政预算执行情况和2022",
        "             年财政预算草案报告",
        "——2022年2月11日在县十九届人民代表大会第二",
        "次会议上",
        "县财政局",
        "各位代表:",
        "    受县人民政府委托,向大会报告某某县2021年",
        "财政预算执行情况和2022年财政预算草案工作,请",
        "予审议。",
        "    一、2021年预算执行情况",
        "    2021年是实施“十四五”规划的开局之年,财",
        "政部门在县委、县政府正确领导和县人大的监督指",
        "导下,较好地完成了全年各项工作任务。"])
    assert docs[0].title == "某某县2021年财政预算执行情况和2022年财政预算草案报告"


def test_a_centred_line_of_organs_left_open_over_one_opening_on_about():
    """'…、政协某某市' / '某某区委员会办公室关于': the line under reads as a 发文机关 and 关于, but the centred line above
    leaves a list of organs and a place's name open: one title (a 通报 as its own PDF gives it)."""
    docs = _placed([
        "     某某市某某区人民政府办公室、某某市某某区",
        "     人民代表大会常务委员会办公室、政协某某市",
        "              某某区委员会办公室关于",
        "     表彰2009年度人大代表议案建议政协委员提案",
        "        办理工作先进单位和优秀承办件的通报",
        "(某政办发〔2010〕39号)",
        "各镇人民政府,地区和街道办事处,区政府各委、办、局,",
        "各区属机构:",
        "    全区各承办单位认真办理人大代表议案建议和政协委",
        "员提案，主动听取代表委员的意见，解决了一批群众关心",
        "的实际问题，进一步密切了政府与人民群众的联系，为全",
        "区经济社会发展作出了积极贡献。为鼓励先进，经研究决",
        "定，现予以通报表彰。",
        "                    某某市某某区人民政府办公室",
        "                              2010年3月5日"])
    assert docs[0].title == ("某某市某某区人民政府办公室、某某市某某区人民代表大会常务委员会办公室、政协某某市某某区委员会"
                             "办公室关于表彰2009年度人大代表议案建议政协委员提案办理工作先进单位和优秀承办件的通报")
