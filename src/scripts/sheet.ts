// The printable setup sheet of a walkthrough (<kit-sheet>, src/markdown/plugins/setupSheet.ts): its
// button prints the sheet alone (print.css shows only it while the page carries kit-printing-sheet),
// dated today; the account in it is the one the reader typed (the page's account script fills every
// <kit-account>). Nothing leaves the device. Kept tiny: it ships on every walkthrough.
const root = document.documentElement;
const mode = 'kit-printing-sheet';
document.querySelectorAll('kit-sheet').forEach((sheet) => {
	sheet.querySelector('time')!.textContent = new Date().toLocaleDateString(root.lang);
	// Its first paragraph is the button's (hidden until this script runs).
	const button = sheet.querySelector('p')!;
	button.hidden = false;
	button.onclick = () => {
		root.classList.add(mode);
		print();
	};
});
onafterprint = () => root.classList.remove(mode);

export {};
