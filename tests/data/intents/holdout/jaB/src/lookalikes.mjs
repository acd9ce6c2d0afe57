// Look-alikes: trigger words without churn / competitor_switch / expansion intent.
// They may still carry complaint, praise or quality_problem.

export default [
  // ---------------- third_party ----------------
  {
    channel: 'chat', subject: null,
    text: 'お客さんから今日の訪問キャンセルしたいって電話きたんですけど\nこれアプリ側でどうすればいいですか\n技術者にも通知いきます？',
    labels: [], lookalike: 'third_party',
  },
  {
    channel: 'ticket', subject: '担当者変更のお知らせ',
    text: 'お世話になっております。\n前任の佐藤は先月末で退職いたしました。今後のご連絡はすべて私、山下宛にお願いいたします。\n佐藤が登録した案件やテンプレートはそのまま残しておいてください。',
    labels: [], lookalike: 'third_party',
  },
  {
    channel: 'social', subject: null,
    text: '取引先の工務店さん、ゲンバクラウドに乗り換えたらしい。案件の共有どうなるんだろ',
    labels: [], lookalike: 'third_party',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ お客さんが予約をキャンセルすると自動で枠が空いて、次の案件を入れやすい。地味に助かる',
    labels: [{ type: 'praise', quote: '地味に助かる' }],
    lookalike: 'third_party',
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n\n弊社のお客様である○○マンション管理組合様から、来月以降の定期点検契約を解約したいとのご連絡がありました。\n顧客ポータル上でこのお客様の定期契約を終了扱いにするには、どの画面から操作すればよいでしょうか。\n\nよろしくお願いいたします。\n株式会社ナガセ消防設備 業務課 内田',
    labels: [], lookalike: 'third_party',
  },
  {
    channel: 'chat', subject: null,
    text: '協力業者さんが一人辞めちゃって\nその人に割り振ってた案件、まとめて他の人に移せます？',
    labels: [], lookalike: 'third_party',
  },

  // ---------------- other_object ----------------
  {
    channel: 'ticket', subject: '二重請求の取り消しのお願い',
    text: '今月分の利用料が2回引き落とされています。\n1件分をキャンセルして返金していただけますか。\n請求書番号：INV-2024-0912',
    labels: [{ type: 'quality_problem', quote: '今月分の利用料が2回引き落とされています' }],
    lookalike: 'other_object',
  },
  {
    channel: 'chat', subject: null,
    text: 'プリンターの注文ってキャンセルできます？\n間違えて2台頼んじゃった\n1台でいいです',
    labels: [], lookalike: 'other_object',
  },
  {
    channel: 'ticket', subject: '退職者のライセンスについて',
    text: '退職者が2名出たので、その2名分のライセンスだけ解約したいです。\n残りの18名はこれまで通り使います。',
    labels: [], lookalike: 'other_object',
  },
  {
    channel: 'chat', subject: null,
    text: 'SMSリマインダーの無料トライアル、やめときます\nプランはこのままで大丈夫です\n今回は見送りで',
    labels: [], lookalike: 'other_object',
  },
  {
    channel: 'mail', subject: '明日の打ち合わせについて',
    text: '山田様\n\nお世話になっております。\n大変申し訳ないのですが、明日14時からのオンライン打ち合わせをキャンセルさせてください。急な現場対応が入ってしまいました。\n来週のどこかで再調整いただけると助かります。\n\n有限会社イトウ住設 伊藤',
    labels: [], lookalike: 'other_object',
  },
  {
    channel: 'chat', subject: null,
    text: 'テスト用に作ったユーザー消したいんですけど\n退会させるのってどこからですか',
    labels: [], lookalike: 'other_object',
  },

  // ---------------- negated ----------------
  {
    channel: 'survey_comment', subject: null,
    text: '解約するつもりはないです。ただサポートの返信はもう少し早いと助かります',
    labels: [{ type: 'complaint', quote: 'サポートの返信はもう少し早いと助かります' }],
    lookalike: 'negated',
  },
  {
    channel: 'chat', subject: null,
    text: 'Routewiseと比べた資料とかってあります？\nあ、別に乗り換えとかじゃないです笑\n新しく来た部長が前の会社でRoutewise使ってたらしくて、説明用に欲しいだけで',
    labels: [], lookalike: 'negated',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★★ 他のアプリに乗り換える気はまったくない。それくらい現場に馴染んでる',
    labels: [{ type: 'praise', quote: 'それくらい現場に馴染んでる' }],
    lookalike: 'negated',
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n\n先日お電話で営業の方から「解約をご検討中でしょうか」とお尋ねがありましたが、そのような予定はございません。請求書の宛名変更をお願いしたかっただけですので、ご安心ください。\n\n改めて、宛名を「株式会社ヒロセ設備工業」に変更をお願いいたします。',
    labels: [], lookalike: 'negated',
  },
  {
    channel: 'social', subject: null,
    text: '「Kestrel Deskやめるの？」って同業に聞かれたけど、やめないよ。むしろこれなしじゃ回らん',
    labels: [{ type: 'praise', quote: 'むしろこれなしじゃ回らん' }],
    lookalike: 'negated',
  },
  {
    channel: 'ticket', subject: '契約更新について（解約ではありません）',
    text: '来月の契約更新は、今まで通り継続でお願いします。\n支払い方法だけ、クレジットカードから銀行振込に変更したいです。',
    labels: [], lookalike: 'negated',
  },

  // ---------------- hypothetical_other ----------------
  {
    channel: 'ticket', subject: 'セキュリティチェックシートご回答のお願い',
    text: 'お世話になっております。\n弊社情報システム部による取引先SaaSの年次点検で、以下の項目について回答を求められています。\n・契約終了時の顧客データの削除方法と期間\n・解約時のデータ返却形式\n・再委託先の有無\nお手数ですが、添付のシートにご記入いただけますでしょうか。',
    labels: [], lookalike: 'hypothetical_other',
  },
  {
    channel: 'mail', subject: null,
    text: '突然のご連絡失礼いたします。株式会社タカミ電気の購買担当、西村と申します。\n\n現在、現場管理システムの導入を検討しております。社内規程により、契約前に解約条件を確認する必要があるため、一般的なケースとして、途中で解約する場合の手続きと費用について教えていただけますでしょうか。\n\n併せて、導入事例の資料もお送りいただけると幸いです。',
    labels: [], lookalike: 'hypothetical_other',
  },
  {
    channel: 'chat', subject: null,
    text: '購買部の決まりで、使ってるSaaSは全部「解約手順」を台帳に書いとかなきゃいけないんです\n別にやめるわけじゃないんですけど\n手順だけ教えてもらえます？',
    labels: [], lookalike: 'hypothetical_other',
  },
  {
    channel: 'ticket', subject: '監査対応のお願い',
    text: '監査法人から、全取引先との契約内容の確認を求められています。\n御社との契約書のうち、中途解約に関する条項の該当箇所をご教示いただけますでしょうか。',
    labels: [], lookalike: 'hypothetical_other',
  },
  {
    channel: 'social', subject: null,
    text: 'これから業務アプリ選ぶ人へ。解約条件は契約前に必ず確認しとこう。ちなみにKestrel Deskは契約前に全部説明してくれたから、安心して使えてる',
    labels: [{ type: 'praise', quote: 'ちなみにKestrel Deskは契約前に全部説明してくれたから、安心して使えてる' }],
    lookalike: 'hypothetical_other',
  },
  {
    channel: 'mail', subject: '契約条件のご確認（デューデリジェンス対応）',
    text: 'Kestrel Desk ご担当者様\n\nいつもお世話になっております。株式会社オカダ技研 経営企画室の三浦です。\n\n現在、親会社による買収に伴うデューデリジェンスの一環として、当社が利用している全サービスの契約終了条件を一覧化しております。\nつきましては、Kestrel Deskについても解約通知期間と違約金の有無をご教示いただけますでしょうか。\n\nなお、現時点で利用を終了する予定はございません。\n\nよろしくお願いいたします。',
    labels: [], lookalike: 'hypothetical_other',
  },

  // ---------------- how_to_for_product ----------------
  {
    channel: 'chat', subject: null,
    text: '予約した作業どうやってキャンセルするの\n間違えて明日に入れちゃった',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'ticket', subject: 'ルートの終了方法について',
    text: '技術者がその日の最後の現場を終えたあと、ルートを終了するボタンが見当たりません。\nどこから操作すればいいか教えてください。',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'chat', subject: null,
    text: 'Googleカレンダーとの同期を止めたいんですけど\n設定のどこですか？\n個人のカレンダーにまで入ってきちゃって',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'chat', subject: null,
    text: '作業指示書って完了にしたあとクローズしないとダメ？\nクローズのやり方わからん',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n\n毎月の定期メンテナンスを繰り返し予定で登録しているのですが、お客様のご都合で来月以降の分だけ止めたいです。\n過去の実績は残しておきたいのですが、どのように操作すればよいでしょうか。\n\n株式会社シマダ設備 事務 島田',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'ticket', subject: '顧客ポータルを一時的に閉じたい',
    text: 'システムメンテナンスの間だけ、顧客ポータルを閉じておきたいです。\n設定から一時的に非公開にすることはできますか？',
    labels: [], lookalike: 'how_to_for_product',
  },
  {
    channel: 'chat', subject: null,
    text: 'ｼﾞｮﾌﾞの取り消しってどこ？\nｽﾏﾎのｱﾌﾟﾘからです',
    labels: [], lookalike: 'how_to_for_product',
  },

  // ---------------- quoted ----------------
  {
    channel: 'mail', subject: 'ログイン状況のレポートについて',
    text: 'Kestrel Desk 山本様\n\nお世話になっております。\n下記は社内の別部署から回ってきたメールです。\n\n> Kestrel Deskの契約、来期は解約してもいいのでは？\n> 実際に使っている人は少ないように見えます。\n\n実際には毎日20名以上が使っているので、数字で説明したいと考えています。\n直近3か月のユーザー別ログイン状況をいただくことはできますか。',
    labels: [], lookalike: 'quoted',
  },
  {
    channel: 'mail', subject: null,
    text: 'ご回答ありがとうございます。\n\n> なお、解約をご希望の場合は契約満了の30日前までにご連絡ください。\n\n請求書についての質問へのお返事に上の一文が付いていましたが、解約の予定はありませんので気にしないでください。\n請求書の消費税額の件だけ、改めてご確認をお願いします。',
    labels: [], lookalike: 'quoted',
  },
  {
    channel: 'chat', subject: null,
    text: 'ログインしたら「このアカウントは解約済みです」って出るんだけど\nまだ普通に契約中です\n今日現場で使えなくて困ってる',
    labels: [{ type: 'quality_problem', quote: 'ログインしたら「このアカウントは解約済みです」って出るんだけど' }],
    lookalike: 'quoted',
  },
  {
    channel: 'ticket', subject: 'Re: 他社からの乗り換えキャンペーンのご案内',
    text: '> 他社サービスからの乗り換えで、初年度の利用料を20%割引いたします。\n\n上記のメールが既存ユーザーの私にも届いています。\nこちらの割引は既存の契約にも適用されるのでしょうか。',
    labels: [], lookalike: 'quoted',
  },
  {
    channel: 'mail', subject: 'Fw: 共有カレンダーの件',
    text: 'お世話になっております。\n協力会社の担当者からのメールを転送します。先方への共有カレンダーの招待を止めるのに、当社側で何か設定が必要でしょうか。\n\n-----Original Message-----\nFrom: 佐々木 (株式会社サカエ電工)\nSent: Monday, June 3, 2024 9:12 AM\nSubject: 共有カレンダーの件\n\n弊社は来月からFieldNestへ移行するため、Kestrel Deskの共有カレンダーへの招待は今月末で終了させてください。',
    labels: [], lookalike: 'quoted',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ 「解約できない」ってレビュー書いてる人いるけど、設定の契約情報のとこにちゃんとあるよ。うちは続けるけどね',
    labels: [], lookalike: 'quoted',
  },

  // ---------------- past_resolved ----------------
  {
    channel: 'survey_comment', subject: null,
    text: '去年は本気で解約しかけたけど、担当さんが変わってから対応が全然違う。今は満足してます',
    labels: [{ type: 'praise', quote: '今は満足してます' }],
    lookalike: 'past_resolved',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ 一時期はRoutewiseに乗り換えようか迷ってたけど、アップデートで地図まわりが改善されてからはかなり快適',
    labels: [{ type: 'praise', quote: 'アップデートで地図まわりが改善されてからはかなり快適' }],
    lookalike: 'past_resolved',
  },
  {
    channel: 'chat', subject: null,
    text: '前に解約の事で相談した田中です\nあのあと社内で話して、結局続けることになりました\nで、今日は請求書の件なんですけど',
    labels: [], lookalike: 'past_resolved',
  },
  {
    channel: 'social', subject: null,
    text: '2年前はJobPilotに移るか本気で悩んでた。結局残ってよかった、Kestrel Desk',
    labels: [{ type: 'praise', quote: '結局残ってよかった' }],
    lookalike: 'past_resolved',
  },
  {
    channel: 'mail', subject: null,
    text: 'Kestrel Desk 中野様\n\nいつもお世話になっております。\n昨年末には契約の終了も検討しておりましたが、丁寧にご対応いただいたおかげで、継続を決めることができました。改めて御礼申し上げます。\n\n本日は、新人向け操作研修の日程についてご相談させてください。5月第2週のいずれかでお願いできますでしょうか。\n\n株式会社カワイ電機 総務 河合',
    labels: [{ type: 'praise', quote: '改めて御礼申し上げます' }],
    lookalike: 'past_resolved',
  },
  {
    channel: 'ticket', subject: '以前の解約相談の件',
    text: '先月ご相談していた件ですが、料金プランを見直していただけたので、解約は取りやめることにしました。\nご対応ありがとうございました。',
    labels: [{ type: 'praise', quote: 'ご対応ありがとうございました' }],
    lookalike: 'past_resolved',
  },

  // ---------------- competitor_mention_neutral ----------------
  {
    channel: 'ticket', subject: 'Routewiseからのデータ移行について',
    text: '以前使っていたRoutewiseから、顧客リストをCSVで書き出しました。\nKestrel Deskに取り込む際の列の対応表などはありますか？',
    labels: [], lookalike: 'competitor_mention_neutral',
  },
  {
    channel: 'chat', subject: null,
    text: '新しく入った子が前の職場でJobPilot使ってたらしくて\n操作すぐ覚えてくれました\nこういう画面ってどこも似てるんですね',
    labels: [], lookalike: 'competitor_mention_neutral',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★★ FieldNestから乗り換えて大正解。ディスパッチ画面が圧倒的に見やすい',
    labels: [{ type: 'praise', quote: 'ディスパッチ画面が圧倒的に見やすい' }],
    lookalike: 'competitor_mention_neutral',
  },
  {
    channel: 'mail', subject: 'Tasklane連携について',
    text: 'お世話になっております。\n\nTasklaneとの連携について質問です。\nTasklane側で作成したタスクを、Kestrel Deskの作業予定として自動で取り込みたいのですが、Webhookでの連携には対応していますか。\nAPIドキュメントの該当ページがあれば教えてください。',
    labels: [], lookalike: 'competitor_mention_neutral',
  },
  {
    channel: 'social', subject: null,
    text: 'ゲンバクラウドやめてKestrel Deskにしたけど、SMSリマインダーのおかげでドタキャンがかなり減った',
    labels: [{ type: 'praise', quote: 'SMSリマインダーのおかげでドタキャンがかなり減った' }],
    lookalike: 'competitor_mention_neutral',
  },
  {
    channel: 'survey_comment', subject: null,
    text: '前は株式会社ゲンバクラウドのを使ってたけど、こっちの方が職人さんが迷わない',
    labels: [{ type: 'praise', quote: 'こっちの方が職人さんが迷わない' }],
    lookalike: 'competitor_mention_neutral',
  },

  // ---------------- expansion_lookalike ----------------
  {
    channel: 'chat', subject: null,
    text: 'アプリのアップデートしたら写真が添付できなくなりました\n最新版です\niPhone 13',
    labels: [{ type: 'quality_problem', quote: 'アプリのアップデートしたら写真が添付できなくなりました' }],
    lookalike: 'expansion_lookalike',
  },
  {
    channel: 'ticket', subject: 'カスタム項目の追加方法',
    text: '作業報告に「使用部材」という項目を追加したいです。\nどこで設定できますか？',
    labels: [], lookalike: 'expansion_lookalike',
  },
  {
    channel: 'chat', subject: null,
    text: 'CSV出力 もっと行出したいです\n1000件で切れちゃう\n全部出す方法あります？',
    labels: [], lookalike: 'expansion_lookalike',
  },
  {
    channel: 'mail', subject: null,
    text: 'お世話になっております。\n来月の役員会議の資料用に、現在の契約席数と実際に稼働しているユーザー数のレポートを出していただけますか。\n形式はExcelでお願いします。\n\n株式会社マルオカ工業 管理部 丸岡',
    labels: [], lookalike: 'expansion_lookalike',
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'もっと詳しく説明してほしかったです',
    labels: [{ type: 'complaint', quote: 'もっと詳しく説明してほしかったです' }],
    lookalike: 'expansion_lookalike',
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ 前回のアップデートで動作がかなり軽くなった。もっと早くやってほしかったけど笑',
    labels: [{ type: 'praise', quote: '前回のアップデートで動作がかなり軽くなった' }],
    lookalike: 'expansion_lookalike',
  },
  {
    channel: 'chat', subject: null,
    text: '案件を１件追加したいんだけど\n過去の日付でも入れられる？\n先週やった分の記録を残したくて',
    labels: [], lookalike: 'expansion_lookalike',
  },
];
