// competitor_switch without churn, and expansion texts.

export default [
  // ---------------- competitor_switch (no churn label) ----------------
  {
    channel: 'ticket', subject: '見積もりについてのご相談',
    text: 'お世話になっております。\n同じ15名規模で、Routewiseから月額が2割ほど安い見積もりをもらっています。\n御社でも同程度まで調整いただくことは可能でしょうか。見積書はPDFで添付します。',
    labels: [{ type: 'competitor_switch', severity: 'low', quote: 'Routewiseから月額が2割ほど安い見積もりをもらっています', competitor: 'Routewise' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: '今Kestrel Desk使ってるけど、FieldNestのデモ見たら見積もり作成まわりはあっちのほうが良さげ。ちょっと気になってる',
    labels: [{ type: 'competitor_switch', severity: 'low', quote: 'FieldNestのデモ見たら見積もり作成まわりはあっちのほうが良さげ', competitor: 'FieldNest' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'Tasklaneの方が安いって営業さんに言われた。もう少し値段なんとかならない？',
    labels: [
      { type: 'competitor_switch', severity: 'low', quote: 'Tasklaneの方が安いって営業さんに言われた', competitor: 'Tasklane' },
      { type: 'complaint', quote: 'もう少し値段なんとかならない？' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'JobPilotってSMS通知が最初からついてるらしいじゃないですか\nこっちだとアドオンで別料金ですよね？\n正直比べちゃいますよ',
    labels: [{ type: 'competitor_switch', severity: 'low', quote: 'JobPilotってSMS通知が最初からついてるらしいじゃないですか', competitor: 'JobPilot' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '新営業所分のお見積もり依頼',
    text: 'お世話になっております。株式会社ライフライン工業の石井です。\n\n来春に新しい営業所を2か所開設する予定で、現場スタッフ用に30席ほどの追加を考えています。\n30席を追加した場合のお見積もりをいただけますでしょうか。\n\nなお、同じ条件でRoutewiseからも見積もりを取っており、1席あたりの単価はそちらの方が安くなっています。比較のうえ社内で判断いたします。',
    labels: [
      { type: 'expansion', severity: 'high', quote: '30席を追加した場合のお見積もりをいただけますでしょうか' },
      { type: 'competitor_switch', severity: 'low', quote: '同じ条件でRoutewiseからも見積もりを取っており、1席あたりの単価はそちらの方が安くなっています', competitor: 'Routewise' },
    ],
    lookalike: null,
  },

  // ---------------- expansion ----------------
  {
    channel: 'ticket', subject: 'ライセンス追加のお願い',
    text: 'いつもお世話になっております。\n現場スタッフが4名増えたため、Crewプランのライセンスを4つ追加してください。\n請求は来月分からで問題ありません。',
    labels: [{ type: 'expansion', severity: 'high', quote: 'Crewプランのライセンスを4つ追加してください' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'Fleetに上げたいんだけど見積もりもらえる？\n今Crewで25人\n年払いで',
    labels: [{ type: 'expansion', severity: 'high', quote: 'Fleetに上げたいんだけど見積もりもらえる？' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★★★ めちゃくちゃ便利。事務所から現場の状況が全部見える。来期は別の営業所でも使いたいと思ってる',
    labels: [
      { type: 'expansion', severity: 'low', quote: '来期は別の営業所でも使いたいと思ってる' },
      { type: 'praise', quote: 'めちゃくちゃ便利' },
    ],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n\nGPSトラッキングのアドオンを今月から追加で申し込みたいです。対象は技術者12名全員です。\n手続きを進めていただけますでしょうか。\n\n株式会社サンワ防災 工務部 長谷川',
    labels: [{ type: 'expansion', severity: 'high', quote: 'GPSトラッキングのアドオンを今月から追加で申し込みたいです' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'レポートをもっと細かく見たいので、高度なレポートのアドオンが気になってます',
    labels: [{ type: 'expansion', severity: 'low', quote: '高度なレポートのアドオンが気になってます' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'プリンター３台追加で注文したいです\n前回と同じBluetoothのやつで\n請求書払いでお願いします',
    labels: [{ type: 'expansion', severity: 'high', quote: 'プリンター３台追加で注文したいです' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Desk入れて半年、事務作業がほぼ半分になった。来年は協力会社の職人さんの分もアカウント増やしたい',
    labels: [
      { type: 'expansion', severity: 'low', quote: '来年は協力会社の職人さんの分もアカウント増やしたい' },
      { type: 'praise', quote: 'Kestrel Desk入れて半年、事務作業がほぼ半分になった' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: 'Enterpriseプランへの変更お見積もり依頼',
    text: '添付の要件でお願いいたします。\n担当：営業部 森',
    labels: [{ type: 'expansion', severity: 'high', field: 'subject', quote: 'Enterpriseプランへの変更お見積もり依頼' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n現在月払いで利用していますが、年払いに切り替えた場合や、複数年契約にした場合の割引があれば教えてください。\n来期の予算取りの参考にしたいと思っています。\n\n株式会社ホクト管工 経理 吉村',
    labels: [{ type: 'expansion', severity: 'low', quote: '年払いに切り替えた場合や、複数年契約にした場合の割引があれば教えてください' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'SMSリマインダーって後からでも付けられます？\nお客さんの評判よさそうなら入れたいなーって',
    labels: [{ type: 'expansion', severity: 'low', quote: 'お客さんの評判よさそうなら入れたいなーって' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★★★ 頑丈ケース、現場で何回落としても無傷。残りの技術者の分もまとめて買います',
    labels: [
      { type: 'expansion', severity: 'high', quote: '残りの技術者の分もまとめて買います' },
      { type: 'praise', quote: '現場で何回落としても無傷' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'あと ふたりぶん ふやしてもらえますか\nあたらしいひと はいったので',
    labels: [{ type: 'expansion', severity: 'high', quote: 'あと ふたりぶん ふやしてもらえますか' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '別部署での利用について',
    text: 'お世話になっております。\n弊社の設備保守部からも、Kestrel Deskを使いたいという声が上がっています。\nまだ社内で検討を始めた段階ですが、別チームとして追加する場合の料金体系がわかる資料をいただけますか。',
    labels: [{ type: 'expansion', severity: 'low', quote: '弊社の設備保守部からも、Kestrel Deskを使いたいという声が上がっています' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '席数もうちょい増やしたい',
    labels: [{ type: 'expansion', severity: 'low', quote: '席数もうちょい増やしたい' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '請求書の支払期日と追加ライセンスの件',
    text: '経理の佐々木です。\n\n先月の請求書（INV-2024-1032）の件でご連絡しました。支払期日が月末となっていますが、弊社の支払サイクルに合わせて翌月10日にしていただくことは可能でしょうか。\n\nそれと、4月から新人が3名入社しますので、その分のライセンスも追加でお願いします。プランは今と同じCrewで大丈夫です。\n\nご確認よろしくお願いいたします。',
    labels: [{ type: 'expansion', severity: 'high', quote: '4月から新人が3名入社しますので、その分のライセンスも追加でお願いします' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskの写真ストレージ、上限きつすぎる。写真多い現場だとすぐ埋まる。容量増やせるプランあるなら普通に払うんだけどな',
    labels: [
      { type: 'expansion', severity: 'low', quote: '容量増やせるプランあるなら普通に払うんだけどな' },
      { type: 'complaint', quote: 'Kestrel Deskの写真ストレージ、上限きつすぎる' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '月払いから年間契約に切り替えたいです\n今月の請求からお願いできますか',
    labels: [{ type: 'expansion', severity: 'high', quote: '月払いから年間契約に切り替えたいです' }],
    lookalike: null,
  },
];
