// Draws the dashboard's charts with ECharts from the JSON the server put in each chart's
// data-chart attribute; the numbers are also in a table under each chart for screen readers.
(function () {
  'use strict';
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1',
    '#ff9da7', '#9c755f', '#bab0ac', '#1f3a93', '#8cd17d', '#6b6b6b'];
  var narrow = function () { return window.matchMedia('(max-width: 759px)').matches; };

  function base(data) {
    return {
      color: PALETTE,
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      legend: { type: 'scroll', bottom: 0, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: 12, top: 28, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: data.days, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', name: data.axis, minInterval: 1, nameTextStyle: { align: 'left' } }
    };
  }

  function bars(data) {
    var option = base(data);
    option.tooltip.axisPointer = { type: 'shadow' };
    option.series = data.series.map(function (s) {
      return { name: s.name, type: 'bar', stack: 'tickets', data: s.data, barMaxWidth: 36 };
    });
    return option;
  }

  function lines(data) {
    var option = base(data);
    option.yAxis.minInterval = 0;
    // Four series: a legend that wraps shows them all, where a scrolling one would hide two.
    option.legend.type = 'plain';
    option.grid.bottom = narrow() ? 84 : 64;
    option.series = data.series.map(function (s, i) {
      return {
        name: s.name, type: 'line', data: s.data, connectNulls: false, symbolSize: 6,
        lineStyle: { type: i % 2 === 1 ? 'dashed' : 'solid' },
        color: ['#4e79a7', '#4e79a7', '#f28e2b', '#f28e2b'][i]
      };
    });
    return option;
  }

  var charts = [];
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var option = el.getAttribute('data-kind') === 'lines' ? lines(data) : bars(data);
    if (data.days.length > 10 || narrow()) {
      option.xAxis.axisLabel = { rotate: 45, fontSize: 11 };
    }
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  // Picking a date means a custom period.
  var custom = document.querySelector('#period-picker input[name="period"][value="custom"]');
  document.querySelectorAll('#period-picker input[type="date"]').forEach(function (input) {
    input.addEventListener('change', function () { if (custom) { custom.checked = true; } });
  });
})();
