// Complaint / praise / quality_problem texts and plain neutral support texts (lookalike null).

export default [
  // ---------------- neutral support (no labels) ----------------
  {
    channel: 'ticket', subject: 'パスワード再設定のお願い',
    text: 'パスワードを忘れてしまいました。\n再設定をお願いできますでしょうか。\nログインID：tanaka@hayashi-kogyo.example',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '請求書の宛名、株式会社に変えたいです\n前の有限会社ままになってて',
    labels: [], lookalike: null,
  },
  {
    channel: 'ticket', subject: 'インボイス登録番号について',
    text: '御社の請求書に適格請求書発行事業者の登録番号は記載されていますか。\n経理から確認するよう言われました。',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '技術者アプリってiPadでも使えます？\n現場で画面大きい方がいいって言われて',
    labels: [], lookalike: null,
  },
  {
    channel: 'mail', subject: '領収書再発行のお願い',
    text: 'お世話になっております。\n11月分の領収書の再発行をお願いいたします。\n請求書番号はINV-2023-1187です。\n宛名は前回と同じで構いません。\n\n有限会社コバヤシ空調 小林',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'ﾛｸﾞｲﾝできないです\nﾊﾟｽﾜｰﾄﾞ変えたばっかなんですけど\nﾘｾｯﾄのﾒｰﾙってどこから送れます？',
    labels: [], lookalike: null,
  },
  {
    channel: 'ticket', subject: 'お支払い方法の変更',
    text: '来月分から、お支払いに使うクレジットカードを法人カードに変更したいです。\n手続き方法を教えてください。',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '顧客ポータルのロゴって自社のに変えられますか\n今はデフォルトのままです',
    labels: [], lookalike: null,
  },
  {
    channel: 'ticket', subject: '二段階認証の設定',
    text: '管理者アカウントに二段階認証を設定したいのですが、手順を教えていただけますか。\n認証アプリはGoogle Authenticatorを使う予定です。',
    labels: [], lookalike: null,
  },
  {
    channel: 'mail', subject: null,
    text: 'いつもお世話になっております。\n見積書のテンプレートに会社の角印を入れたいのですが、画像のアップロードは可能でしょうか。\nよろしくお願いいたします。\n\n株式会社エンドウ電設 遠藤',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'オフラインでも作業報告って書けます？\n地下の現場だと電波無いんですよね',
    labels: [], lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '特になし',
    labels: [], lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'ふつう',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '請求書の締め日って何日でしたっけ\n経理に聞かれて',
    labels: [], lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskのユーザー会って今年もやるのかな。去年行けなかったんだよね',
    labels: [], lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★☆☆ 可もなく不可もなく',
    labels: [], lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'メンテナンスの予定ってどこで見られます？\n夜間に作業入ることあるので',
    labels: [], lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '普通に使えてます',
    labels: [], lookalike: null,
  },
  {
    channel: 'mail', subject: '担当者変更のご連絡',
    text: 'お世話になっております。\n来月より弊社の担当が経理部の小林に代わります。\n今後の請求関係のご連絡は小林宛にお願いいたします。\n\n株式会社ミヤケ工務店 総務部',
    labels: [], lookalike: null,
  },

  // ---------------- quality_problem ----------------
  {
    channel: 'chat', subject: null,
    text: 'ディスパッチ画面が真っ白になります\nChromeです\n昨日までは普通に見れてた',
    labels: [{ type: 'quality_problem', quote: 'ディスパッチ画面が真っ白になります' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆ 最新版にしてから起動直後に落ちる。Android 14。早く直して',
    labels: [
      { type: 'quality_problem', quote: '最新版にしてから起動直後に落ちる' },
      { type: 'complaint', quote: '早く直して' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '届いたプリンターが破損していました',
    text: '本日届いたラベルプリンターの外装にひびが入っていました。\n交換をお願いできますか。\n注文番号：KD-ORD-55821',
    labels: [{ type: 'quality_problem', quote: '本日届いたラベルプリンターの外装にひびが入っていました' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: '付属品が足りません',
    text: '頑丈ケースを5個注文しましたが、ストラップが3本しか入っていませんでした。\n不足分を送っていただけますか。',
    labels: [{ type: 'quality_problem', quote: '頑丈ケースを5個注文しましたが、ストラップが3本しか入っていませんでした' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskの技術者アプリ、今朝から全然同期しない。現場から電話鳴りっぱなしでマジ勘弁',
    labels: [
      { type: 'quality_problem', quote: 'Kestrel Deskの技術者アプリ、今朝から全然同期しない' },
      { type: 'complaint', quote: '現場から電話鳴りっぱなしでマジ勘弁' },
    ],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '請求金額おかしく無いですか\n15人なのに18人分で来てます',
    labels: [{ type: 'quality_problem', quote: '15人なのに18人分で来てます' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: 'スケジュール画面の表示速度について',
    text: 'お世話になっております。\n\nスケジュール画面の表示が非常に遅く、週表示に切り替えると20秒ほど待たされます。\nブラウザはEdgeの最新版、社内回線は問題ありません。\n改善の見込みがあれば教えてください。\n\n株式会社ツジ設備 辻',
    labels: [{ type: 'quality_problem', quote: 'スケジュール画面の表示が非常に遅く、週表示に切り替えると20秒ほど待たされます' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'GPSの位置が全然ちがうとこ出てます\n隣の市になってる\n技術者はちゃんと現場にいます',
    labels: [{ type: 'quality_problem', quote: 'GPSの位置が全然ちがうとこ出てます' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★☆☆ 機能は十分。でもたまに作業写真が消える。これは致命的',
    labels: [
      { type: 'quality_problem', quote: 'たまに作業写真が消える' },
      { type: 'complaint', quote: 'これは致命的' },
    ],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: 'SMSが2通ずつ届いている',
    text: 'お客様に同じリマインダーSMSが2通ずつ届いているようです。\n何件かお客様からお叱りの連絡がありました。至急確認してください。',
    labels: [{ type: 'quality_problem', quote: 'お客様に同じリマインダーSMSが2通ずつ届いているようです' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '作業報告のPDFにお客さんのサイン入らないです\niPhoneです\n画面上では書けてるのに',
    labels: [{ type: 'quality_problem', quote: '作業報告のPDFにお客さんのサイン入らないです' }],
    lookalike: null,
  },
  {
    channel: 'ticket', subject: 'CSVインポートでエラー',
    text: '顧客マスタのCSVを取り込むと「行12: 日付の形式が不正です」と表示されます。\n日付はYYYY/MM/DDで入力しています。',
    labels: [{ type: 'quality_problem', quote: '顧客マスタのCSVを取り込むと「行12: 日付の形式が不正です」と表示されます' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '請求書に消費税が二重でのってる気がする\n見てもらえます？',
    labels: [{ type: 'quality_problem', quote: '請求書に消費税が二重でのってる気がする' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ 配車はほんとに便利。ただ通知がたまに来ないのだけ困る',
    labels: [
      { type: 'praise', quote: '配車はほんとに便利' },
      { type: 'quality_problem', quote: '通知がたまに来ないのだけ困る' },
    ],
    lookalike: null,
  },

  // ---------------- complaint ----------------
  {
    channel: 'review', subject: null,
    text: '★★☆☆☆ 毎年料金が上がるのがつらい。中小には厳しい',
    labels: [{ type: 'complaint', quote: '毎年料金が上がるのがつらい' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'サポートの電話つながらなさすぎ',
    labels: [{ type: 'complaint', quote: 'サポートの電話つながらなさすぎ' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskのサポート、チャットで質問したら同じテンプレ回答が3回返ってきた。人間いる？',
    labels: [{ type: 'complaint', quote: 'チャットで質問したら同じテンプレ回答が3回返ってきた' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '前にも説明したんですけど\nまた同じこと最初から聞かれるのほんと勘弁してほしいです\n引継ぎとかしてないんですか',
    labels: [{ type: 'complaint', quote: 'また同じこと最初から聞かれるのほんと勘弁してほしいです' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '画面がごちゃごちゃしててわかりにくい。年配の職人には無理',
    labels: [{ type: 'complaint', quote: '画面がごちゃごちゃしててわかりにくい' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★☆☆☆☆ 素晴らしいアプリです。3回に1回しか保存されないスリルを毎日味わえます',
    labels: [
      { type: 'complaint', quote: '3回に1回しか保存されないスリルを毎日味わえます' },
      { type: 'quality_problem', quote: '3回に1回しか保存されない' },
    ],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '請求書の出力形式について',
    text: 'お世話になっております。\n\n請求書が毎月PDFでしか出せないのは正直不便です。経理システムに取り込めるCSV形式での出力を、以前から何度もお願いしていますが、いまだに対応されていません。\n\nご検討状況だけでも教えていただけますか。\n\n株式会社ノムラ設備 経理課 野村',
    labels: [{ type: 'complaint', quote: '請求書が毎月PDFでしか出せないのは正直不便です' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '値段が高い',
    labels: [{ type: 'complaint', quote: '値段が高い' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: '問い合わせて3日返事ないんですけど\nどうなってます？',
    labels: [{ type: 'complaint', quote: '問い合わせて3日返事ないんですけど' }],
    lookalike: null,
  },

  // ---------------- praise ----------------
  {
    channel: 'survey_comment', subject: null,
    text: '最高',
    labels: [{ type: 'praise', quote: '最高' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '神アプリ',
    labels: [{ type: 'praise', quote: '神アプリ' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★★★ 誰がどこにいるか一目でわかる。事務所と現場の電話が激減した',
    labels: [{ type: 'praise', quote: '事務所と現場の電話が激減した' }],
    lookalike: null,
  },
  {
    channel: 'chat', subject: null,
    text: 'さっきの件、すぐ治りました！\nありがとうございます、助かりました',
    labels: [{ type: 'praise', quote: 'ありがとうございます、助かりました' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Deskのサポートの佐藤さん、神対応すぎた。夜遅くまで付き合ってくれて本当に感謝',
    labels: [{ type: 'praise', quote: 'Kestrel Deskのサポートの佐藤さん、神対応すぎた' }],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: '使いやすいです。とくに請求書まわり',
    labels: [{ type: 'praise', quote: '使いやすいです' }],
    lookalike: null,
  },
  {
    channel: 'mail', subject: '導入研修のお礼',
    text: 'Kestrel Desk 研修ご担当 様\n\n先日は導入研修をありがとうございました。とても分かりやすく、現場のスタッフからも好評でした。\n質問にも一つひとつ丁寧に答えていただき、助かりました。\n\n今後ともよろしくお願いいたします。\n株式会社フジモト電工 藤本',
    labels: [{ type: 'praise', quote: 'とても分かりやすく、現場のスタッフからも好評でした' }],
    lookalike: null,
  },
  {
    channel: 'review', subject: null,
    text: '★★★★☆ 全体的には満足。ただ料金はもう少し安いと嬉しい',
    labels: [
      { type: 'praise', quote: '全体的には満足' },
      { type: 'complaint', quote: '料金はもう少し安いと嬉しい' },
    ],
    lookalike: null,
  },
  {
    channel: 'survey_comment', subject: null,
    text: 'つかいやすい',
    labels: [{ type: 'praise', quote: 'つかいやすい' }],
    lookalike: null,
  },
  {
    channel: 'social', subject: null,
    text: 'Kestrel Desk入れてから請求書の出し忘れゼロ。経理の人にめっちゃ感謝された',
    labels: [{ type: 'praise', quote: 'Kestrel Desk入れてから請求書の出し忘れゼロ' }],
    lookalike: null,
  },
];
