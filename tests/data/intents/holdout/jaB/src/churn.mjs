// churn_risk texts (some also carry competitor_switch, complaint, quality_problem, praise).
// Each label: type, severity, quote (exact substring of `field`, default "text"), competitor.

export default [
  // ---------------- decided ----------------
  {
    channel: 'chat', subject: null,
    text: 'すみません、解約お願いしたいです\n今月でおわりにしたくて\nCrewプランのやつです\n会社名は大西電工です',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: '解約お願いしたいです' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '契約終了のご連絡',
    text: 'いつもお世話になっております。株式会社田島設備の田島です。\n諸事情により、2025年3月末をもって貴社サービスの契約を終了させていただきたく、ご連絡いたしました。\n必要な手続きや書類がございましたらご教示ください。\nよろしくお願いいたします。',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: '2025年3月末をもって貴社サービスの契約を終了させていただきたく' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★☆☆☆☆\n更新のたびに値上げ。もう付き合いきれないので今日解約しました。アプリ自体は悪くなかったけど',
    labels: [
      { type: 'churn_risk', severity: 'decided', quote: 'もう付き合いきれないので今日解約しました' },
      { type: 'complaint', quote: '更新のたびに値上げ' },
    ],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Desk、本日をもって解約完了。3年間お世話になりました。最後の方はサポートの返信が遅すぎてしんどかったな…',
    labels: [
      { type: 'churn_risk', severity: 'decided', quote: '本日をもって解約完了' },
      { type: 'complaint', quote: '最後の方はサポートの返信が遅すぎてしんどかったな' },
    ],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'もう使ってないです。解約済み',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: '解約済み' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'ｱｶｳﾝﾄ消してもらえますか\n会社たたむことになったんで\nﾃﾞｰﾀも全部消してOKです',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: 'ｱｶｳﾝﾄ消してもらえますか' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'もうRoutewiseに移ったんで、こっちは解約で\n請求だけ止めてほしいです\n来月分引き落とされたら困るので',
    labels: [
      { type: 'churn_risk', severity: 'decided', quote: 'こっちは解約で' },
      { type: 'competitor_switch', severity: 'high', quote: 'もうRoutewiseに移ったんで', competitor: 'Routewise' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '【解約希望】アカウント番号 KD-20418',
    text: 'お世話になります。\n手続きに必要な書類があればメールで送ってください。\n担当：松尾',
    labels: [{ type: 'churn_risk', severity: 'decided', field: 'subject', quote: '解約希望' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'かいやくします　もうつかわないので',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: 'かいやくします' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '無料プランに落としといてください\n有料の機能もういらないし、しばらくしたら使うのもやめるんで',
    labels: [{ type: 'churn_risk', severity: 'decided', quote: '無料プランに落としといてください' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆ 電話サポートが全然つながらなかったので、結局ゲンバクラウドに乗り換えました。国内の会社のほうが話が早い',
    labels: [
      { type: 'churn_risk', severity: 'decided', quote: '結局ゲンバクラウドに乗り換えました' },
      { type: 'competitor_switch', severity: 'high', quote: '結局ゲンバクラウドに乗り換えました', competitor: 'ゲンバクラウド' },
      { type: 'complaint', quote: '電話サポートが全然つながらなかったので' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '別のサービスに移行作業中です\n顧客データと作業履歴の出し方だけ教えてください\nCSVでいいです',
    labels: [
      { type: 'churn_risk', severity: 'decided', quote: '別のサービスに移行作業中です' },
      { type: 'competitor_switch', severity: 'high', quote: '別のサービスに移行作業中です', competitor: null },
    ],
    lookalike: null,
  },

  // ---------------- planning ----------------
  {
    channel: 'chat', subject: null,
    text: '来月の更新のタイミングで解約する予定です\nそれまでは普通に使います\n何か先にやっといた方がいいことあります？',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '来月の更新のタイミングで解約する予定です' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'Kestrel Desk サポートご担当者様\n\nいつもお世話になっております。有限会社北辰空調の川口です。\n\n先日お問い合わせした技術者アプリのログイン不具合は解消しました。迅速なご対応ありがとうございました。\n\nさて、弊社では年度末（３月）に現場管理を自社開発のシステムへ切り替えることになり、その時点でKestrel Deskの利用は終了いたします。移行作業のため、２月中に全データのエクスポートを行いたいと考えております。\n\n引き続きよろしくお願いいたします。',
    labels: [
      { type: 'churn_risk', severity: 'planning', quote: 'その時点でKestrel Deskの利用は終了いたします' },
      { type: 'praise', quote: '迅速なご対応ありがとうございました' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '契約満了後のデータについて',
    text: 'お世話になっております。\n弊社は来年1月の契約満了をもって更新しない方向で、すでに社内決裁も下りております。\n満了日までに過去の作業データを手元に残しておきたいので、一括エクスポートの方法を教えていただけますか。',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '弊社は来年1月の契約満了をもって更新しない方向で、すでに社内決裁も下りております' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆\nGPSの位置がしょっちゅう数百メートルずれる。配車に使うには精度が足りなさすぎ。今の契約期間が終わったら更新しません',
    labels: [
      { type: 'churn_risk', severity: 'planning', quote: '今の契約期間が終わったら更新しません' },
      { type: 'quality_problem', quote: 'GPSの位置がしょっちゅう数百メートルずれる' },
      { type: 'complaint', quote: '配車に使うには精度が足りなさすぎ' },
    ],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'うちの会社、4月からFieldNestに乗り換えることになった。Kestrel Deskは3月いっぱいで終わり。慣れてたからちょっと寂しい',
    labels: [
      { type: 'churn_risk', severity: 'planning', quote: 'Kestrel Deskは3月いっぱいで終わり' },
      { type: 'competitor_switch', severity: 'high', quote: '4月からFieldNestに乗り換えることになった', competitor: 'FieldNest' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '繁忙期おわったら解約するつもり\n夏場は現場少ないし\nまた秋に必要になったら考える',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '繁忙期おわったら解約するつもり' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '次の更新はしません。現場の人が結局紙に戻ってしまったので',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '次の更新はしません' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '今後のご契約について',
    text: 'Kestrel Desk ご担当 各位\n\n平素より大変お世話になっております。株式会社ミナト住設 情報システム課の原田でございます。\n\nこのたび親会社の方針により、グループ各社の業務システムを株式会社ゲンバクラウドのサービスへ統一することとなりました。\n弊社も10月の移行完了後に、Kestrel Deskのご契約を終了させていただく予定です。\n\n移行期間中は並行稼働となりますので、9月末までは現在の席数のまま利用を継続いたします。\n詳細なスケジュールが固まり次第、改めてご連絡いたします。\n\n何卒よろしくお願い申し上げます。',
    labels: [
      { type: 'churn_risk', severity: 'planning', quote: '弊社も10月の移行完了後に、Kestrel Deskのご契約を終了させていただく予定です' },
      { type: 'competitor_switch', severity: 'high', quote: 'グループ各社の業務システムを株式会社ゲンバクラウドのサービスへ統一することとなりました', competitor: '株式会社ゲンバクラウド' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: 'アカウント閉鎖の予定について',
    text: '今受けている大型案件が片付いた段階（6月末の見込み）で、アカウントを閉じる予定です。\nその場合、請求はどの時点で止まりますか？日割りになるのかも教えてください。',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '今受けている大型案件が片付いた段階（6月末の見込み）で、アカウントを閉じる予定です' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '社長がもう使わないって決めちゃって\n今の契約切れるとこで終わりにするつもりです\nすみませんね',
    labels: [{ type: 'churn_risk', severity: 'planning', quote: '今の契約切れるとこで終わりにするつもりです' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。森田冷機の森田です。\n\n10月分の請求書、受け取りました。振込は月末に行います。\n\n別件ですが、社内で検討した結果、来年度の年間契約は更新しないことに決定しました。現場の人数が減ってきており、今の規模では紙とExcelで十分回るという判断です。\n\n最後になりますが、導入時から担当いただいた中野さんには本当にお世話になりました。よろしくお伝えください。',
    labels: [
      { type: 'churn_risk', severity: 'planning', quote: '来年度の年間契約は更新しないことに決定しました' },
      { type: 'praise', quote: '導入時から担当いただいた中野さんには本当にお世話になりました' },
    ],
    lookalike: null,
  },

  // ---------------- considering ----------------
  {
    channel: 'chat', subject: null,
    text: '正直ほかのツールも見はじめてます\nこのまま同期エラーが続くならやめることも考えます\n今週もう3回目なんで',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'このまま同期エラーが続くならやめることも考えます' },
      { type: 'competitor_switch', severity: 'low', quote: '正直ほかのツールも見はじめてます', competitor: null },
      { type: 'quality_problem', quote: '同期エラーが続く' },
    ],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆ 値段の割にできることが少ない。このままなら解約も考えてる',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'このままなら解約も考えてる' },
      { type: 'complaint', quote: '値段の割にできることが少ない' },
    ],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskの請求書PDF、また金額がズレてる…これで3回目。そろそろ潮時かな',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'そろそろ潮時かな' },
      { type: 'quality_problem', quote: 'Kestrel Deskの請求書PDF、また金額がズレてる' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '料金改定について',
    text: 'お世話になっております。\n先日ご案内いただいた新料金ですと、弊社の規模では年間で30万円近くの負担増になります。\nこの条件のままですと、次回の更新は見送らざるを得ないかもしれません。\n何かしらご提案いただける余地はありますでしょうか。',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'この条件のままですと、次回の更新は見送らざるを得ないかもしれません' },
      { type: 'complaint', quote: '先日ご案内いただいた新料金ですと、弊社の規模では年間で30万円近くの負担増になります' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'うちみたいな小さいとこだとSoloでも正直高いんですよね\nやめるかどうか迷ってて\n安くなるプランとかないですか',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'やめるかどうか迷ってて' },
      { type: 'complaint', quote: 'うちみたいな小さいとこだとSoloでも正直高いんですよね' },
    ],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'サポートの返事が毎回遅い。改善されないなら更新は考え直します',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: '改善されないなら更新は考え直します' },
      { type: 'complaint', quote: 'サポートの返事が毎回遅い' },
    ],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'Kestrel Desk 営業ご担当 小島様\n\nお世話になっております。株式会社アサヒ設備の村上です。\n\n率直にお伝えしますと、現在Tasklaneのトライアルを技術部の2チームで試しております。期間は今月末までで、結果次第では全社的に切り替える可能性があります。\n\n御社のサービスに大きな不満があるわけではないのですが、モバイルアプリの操作性について現場から要望が多く、比較検討している状況です。\n\n評価の参考にしたいので、今後のアプリ改善のロードマップがあれば共有いただけますか。',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: '結果次第では全社的に切り替える可能性があります' },
      { type: 'competitor_switch', severity: 'high', quote: '現在Tasklaneのトライアルを技術部の2チームで試しております', competitor: 'Tasklane' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '今JobPilotを1チームだけで試験導入してて\nよさそうなら全社そっちにするかも\nなんで今月は席数このままで',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'よさそうなら全社そっちにするかも' },
      { type: 'competitor_switch', severity: 'high', quote: '今JobPilotを1チームだけで試験導入してて', competitor: 'JobPilot' },
    ],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★☆☆☆☆ ｱﾌﾟﾘがすぐ落ちる。現場で使えないなら意味ない。他社も検討中',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: '他社も検討中' },
      { type: 'competitor_switch', severity: 'low', quote: '他社も検討中', competitor: null },
      { type: 'quality_problem', quote: 'ｱﾌﾟﾘがすぐ落ちる' },
      { type: 'complaint', quote: '現場で使えないなら意味ない' },
    ],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'たかいのでやめるかもです',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'やめるかもです' },
      { type: 'complaint', quote: 'たかいので' },
    ],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '作業報告が送信できない件（至急）',
    text: 'サポート窓口 御中\n\n株式会社三好メンテナンスの福田です。\n\n先週から技術者アプリで作業報告を送信すると「サーバーエラー」と表示され、送信が完了しない現象が続いています。再インストールやログインし直しも試しましたが改善しません。\n\n現場からは紙に戻した方が早いという声も出ており、このような状況が続くようであれば、他のサービスへの移行も真剣に考えなければなりません。\n\n至急の調査をお願いいたします。発生している端末はAndroid 2台、iPhone 1台です。',
    labels: [
      { type: 'churn_risk', severity: 'considering', quote: 'このような状況が続くようであれば、他のサービスへの移行も真剣に考えなければなりません' },
      { type: 'competitor_switch', severity: 'low', quote: '他のサービスへの移行も真剣に考えなければなりません', competitor: null },
      { type: 'quality_problem', quote: '先週から技術者アプリで作業報告を送信すると「サーバーエラー」と表示され、送信が完了しない現象が続いています' },
    ],
    lookalike: null,
  },

  // ---------------- asking ----------------
  {
    channel: 'chat', subject: null,
    text: '解約ってどこからできますか？\n設定画面見ても見当たらなくて',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '解約ってどこからできますか？' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '契約条件の確認',
    text: 'お世話になっております。\n契約内容の見直しを進めております。解約する場合の通知期限と、現行の契約書の写しをお送りいただけますでしょうか。\n契約番号：KD-C-3390',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '解約する場合の通知期限と、現行の契約書の写しをお送りいただけますでしょうか' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '年契約の途中でやめたら残りの分って返金されます？\n一応聞いときたくて',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '年契約の途中でやめたら残りの分って返金されます？' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n\nいくつか確認させてください。\n解約した場合、これまでの作業履歴や顧客データはどうなりますか。解約後も一定期間は閲覧できるのでしょうか。また、データを削除してもらう場合は申請が必要ですか。\n\nよろしくお願いいたします。\n株式会社エムズ電設 総務 岡本',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '解約した場合、これまでの作業履歴や顧客データはどうなりますか' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '解約時の違約金について',
    text: 'お世話になっております。\n表題の件、ご確認をお願いいたします。\n契約番号はKD-C-7731です。',
    labels: [{ type: 'churn_risk', severity: 'asking', field: 'subject', quote: '解約時の違約金について' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'Ｆｌｅｅｔプランなんですけど、解約の申し出って何日前までにすればいいですか\n契約書どこいったかわからなくて',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '解約の申し出って何日前までにすればいいですか' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskってやめるときどうすんの？サイト見てもよくわからん。誰か知ってたら教えて',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: 'Kestrel Deskってやめるときどうすんの？' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'もし今月で止めたら来月分の請求って発生します？\nあと違約金とかあるのかな',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: 'もし今月で止めたら来月分の請求って発生します？' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '手続きの流れについて',
    text: '解約の手続きの流れを教えてください。\n書面での申請が必要でしょうか、それともWebから可能でしょうか。',
    labels: [{ type: 'churn_risk', severity: 'asking', quote: '解約の手続きの流れを教えてください' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆ 解約ボタンどこにあるんですか？探しても見つからない。わざと隠してます？',
    labels: [
      { type: 'churn_risk', severity: 'asking', quote: '解約ボタンどこにあるんですか？' },
      { type: 'complaint', quote: 'わざと隠してます？' },
    ],
    lookalike: null,
  },
];
