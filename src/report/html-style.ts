/** The style sheet inlined into the HTML report (src/report/html.ts). */
export const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 16px}header h1{font-size:22px;margin:16px 0 4px}.muted{color:#59636e}
h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:15px;margin:14px 0 4px}
.controls{display:flex;gap:16px;flex-wrap:wrap;align-items:center;margin:8px 0}.controls label{font-weight:600}
.figure{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:12px}
#network{position:relative;width:100%;height:620px;border:1px solid #d0d7de;border-radius:6px;background:#fff}
#static-figure svg{width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px}
#panel{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;max-height:620px;overflow:auto;background:#f6f8fa}
#panel h3{margin:4px 0}#panel dl{display:grid;grid-template-columns:auto auto;gap:2px 10px;margin:8px 0;font-size:13px}#panel dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0;font-size:13px}.legend-item{display:inline-flex;align-items:center;gap:5px}
.dot{display:inline-block;width:12px;height:12px;border-radius:50%}.tie{display:inline-block;width:26px;height:0;border-top:3px solid}
.note{font-size:13px;color:#59636e;margin:4px 0}
.table-wrap{overflow:auto;max-height:560px;border:1px solid #d0d7de;border-radius:6px}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}thead th{position:sticky;top:0;background:#f6f8fa;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.indicator{border-left:3px solid #d0d7de;padding:2px 0 2px 12px;margin:14px 0}.indicator .reading{margin:4px 0;font-style:italic}
.definition{font-size:12.5px;color:#59636e;margin:4px 0}.definition span{font-weight:600}cite{font-style:normal;color:#6e7781}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:6px 16px;margin:8px 0}.figures div{display:flex;justify-content:space-between;border-bottom:1px dotted #d0d7de}
footer{margin:32px auto 24px;font-size:12.5px;color:#59636e}code{font-size:12.5px}
@media (max-width:900px){.figure{grid-template-columns:1fr}}
`;
