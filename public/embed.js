/* Host script for embedded charts: sizes each chart's iframe to its content.
   Usage: <iframe src=".../embed/<chart>/"></iframe><script src=".../embed.js" async></script> */
(function () {
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "vngt:height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + "px";
    }
  });
})();
