// A short address typed with other brackets, or none (wh/荆政办发[2022]16号/,
// wh/荆政办发202216号/), has no page of its own: the server answers with
// 404.html, and this sends the reader on to the one page of the number,
// written as builder/shortlinks.py writes it (〔2022〕, the serial without
// leading zeros or the 第 a 公告's number prints before it). An unknown
// number stays on the 404 page.
(function () {
  var path = decodeURIComponent(location.pathname);
  var m = path.match(/^(.*\/wh\/)([^\/]+?)\/?(?:index\.html)?$/);
  if (!m) return;
  var n = m[2].replace(/\s+/g, "").match(/^(.+?)[〔\[［(（【﹝„〖]?(\d{4})[〕\]］)）】﹞‟〗]?第?0*(\d+)号$/);
  if (!n) return;
  var number = n[1] + "〔" + n[2] + "〕" + n[3] + "号";
  if (number !== m[2]) location.replace(encodeURI(m[1] + number + "/"));
})();
